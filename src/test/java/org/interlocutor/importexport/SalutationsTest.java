package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalutationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            H.E.   | Ambassador                        | Diallo | en | Your Excellency
            S.E.   | Ambassadrice                      | Diallo | fr | Excellence
            Ms     | Permanent Representative          | Diallo | fr | Excellence
            -      | Représentante permanente adjointe | Diallo | en | Your Excellency
            Judge  | -                                 | Ng     | en | Dear Judge Ng
            Mme    | Juge à la Cour pénale             | Ng     | fr | Madame la Juge
            M.     | Juge                              | Ng     | fr | Monsieur le Juge
            -      | Judge, Trial Division             | Ng     | fr | Madame la Juge, Monsieur le Juge
            Mr     | Prosecutor                        | Khan   | en | Dear Prosecutor
            Mr     | Procureur adjoint                 | Khan   | fr | Monsieur le Procureur
            Dr     | Legal adviser                     | Sow    | en | Dear Dr Sow
            Prof.  | -                                 | Sow    | en | Dear Professor Sow
            Dr     | -                                 | Sow    | fr | Madame, Monsieur
            Ms     | Counsellor                        | Durand | en | Dear Ms Durand
            Mme    | Conseillère                       | Durand | fr | Madame
            Mr     | Minister Counsellor               | Durand | en | Dear Mr Durand
            -      | Researcher                        | Durand | en | Dear Durand
            -      | Chercheuse                        | Durand | fr | Madame, Monsieur
            """)
    void theOpeningFitsTheTitleAndPositionInTheLanguageOfTheLetter(String honorific, String jobTitle, String family,
                                                                   String language, String expected) {
        assertThat(Salutations.salutation(honorific, jobTitle, family, Locale.of(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            H.E. | Amina | Diallo | H.E. Amina Diallo
            -    | Li    | Wei    | Li Wei
            """)
    void theFormalNamePutsTheTitleFirst(String honorific, String given, String family, String expected) {
        assertThat(Salutations.formalName(honorific, given, family)).isEqualTo(expected);
    }
}
