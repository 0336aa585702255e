package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Titre                  | HONORIFIC
            CIVILITÉ               | HONORIFIC
            First name             | GIVEN_NAME
            prenom                 | GIVEN_NAME
            Last name              | FAMILY_NAME
            Surname                | FAMILY_NAME
            Nom                    | FAMILY_NAME
            Nom de famille         | FAMILY_NAME
            Full name              | FULL_NAME
            Position               | JOB_TITLE
            Fonction               | JOB_TITLE
            Poste                  | JOB_TITLE
            Organization           | ORGANIZATION
            Organisation           | ORGANIZATION
            Institution            | ORGANIZATION
            E-mail                 | EMAIL
            Email                  | EMAIL
            Courriel               | EMAIL
            Adresse électronique   | EMAIL
            Téléphone              | PHONE
            Tel.                   | PHONE
            Mobile                 | PHONE
            Pays                   | COUNTRY
            Country                | COUNTRY
            Catégorie              | CATEGORY
            Langues                | LANGUAGES
            Étiquettes             | TAGS
            ID                     | ID
            E-mail 1 - Value       | EMAIL
            E-mail Address         | EMAIL
            Organization 1 - Name  | ORGANIZATION
            Organization 1 - Title | JOB_TITLE
            Business Phone         | PHONE
            Country/Region         | COUNTRY
            Name Prefix            | HONORIFIC
            Identifiant            | ID
            """)
    void commonEnglishAndFrenchHeadersAndThoseOfOtherToolsExportsAreRecognisedWithoutCaseOrAccents(String header, ContactField field) {
        assertThat(ColumnGuesser.guess(ImportType.CONTACTS, header)).contains(field);
    }

    @org.junit.jupiter.params.provider.EnumSource(ImportType.class)
    @ParameterizedTest
    void everyFieldIsRecognisedByItsOwnLabelInEnglishAndFrenchAsExportsAndTemplatesWriteIt(ImportType type) {
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n/importexport", locale);
            for (ImportField field : type.fields()) {
                softly.assertThat(ColumnGuesser.guess(type, bundle.getString(field.messageKey())))
                        .as("%s label of %s", locale, field).contains(field);
            }
        }
        softly.assertAll();
    }

    @Test
    void unknownHeadersMapToNothingAndAFieldGoesToItsFirstColumnOnly() {
        assertThat(ColumnGuesser.guess(ImportType.CONTACTS, List.of("Email", "Favourite colour", "Courriel", "")))
                .containsExactly(Optional.of(ContactField.EMAIL), Optional.empty(), Optional.empty(),
                        Optional.empty());
    }
}
