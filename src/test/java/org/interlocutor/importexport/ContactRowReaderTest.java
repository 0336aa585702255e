package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A row of a contacts file read into a contact, or into the problems of its cells. */
@IntegrationTest
@WithStaff(username = "import.officer", role = Role.OFFICER)
class ContactRowReaderTest {

    private static final Map<Integer, ContactField> FRENCH_LIST = Map.of(0, ContactField.HONORIFIC,
            1, ContactField.GIVEN_NAME, 2, ContactField.FAMILY_NAME, 3, ContactField.JOB_TITLE,
            4, ContactField.ORGANIZATION, 5, ContactField.EMAIL, 6, ContactField.PHONE, 7, ContactField.COUNTRY,
            8, ContactField.CATEGORY, 9, ContactField.LANGUAGES);

    @Autowired
    ContactRowReader reader;

    private ContactCandidate read(Map<Integer, ContactField> mapping, String... cells) {
        return reader.start(mapping, Sensitivity.RESTRICTED).read(new SpreadsheetRow(7, List.of(cells)));
    }

    @Test
    void everyMappedCellLandsInItsField() {
        ContactCandidate candidate = read(Map.of(0, ContactField.HONORIFIC, 1, ContactField.GIVEN_NAME,
                        2, ContactField.FAMILY_NAME, 3, ContactField.JOB_TITLE, 4, ContactField.ORGANIZATION,
                        5, ContactField.EMAIL, 6, ContactField.PHONE, 7, ContactField.COUNTRY, 8, ContactField.CATEGORY,
                        9, ContactField.LANGUAGES),
                "H.E.", "Amina", "Diallo", "Ambassador", "Mission of Senegal", "a.diallo@mission.example; amina@mail.example",
                "+221 33 000 00 00", "Sénégal", "Représentant d’un État partie", "fr, wolof", "");
        ContactCandidate tagged = read(Map.of(0, ContactField.FULL_NAME, 1, ContactField.TAGS, 2, ContactField.ID),
                "Diallo, Amina", "ASP25; Field presence", "1234");

        assertThat(candidate.problems()).isEmpty();
        assertThat(candidate.rowNumber()).isEqualTo(7);
        assertThat(candidate.organizationName()).isEqualTo("Mission of Senegal");
        ContactDraft draft = candidate.draft();
        assertThat(draft).isNotNull();
        assertThat(draft.honorific()).isEqualTo("H.E.");
        assertThat(draft.givenName()).isEqualTo("Amina");
        assertThat(draft.familyName()).isEqualTo("Diallo");
        assertThat(draft.jobTitle()).isEqualTo("Ambassador");
        assertThat(draft.emails()).containsExactly(new EmailEntry("a.diallo@mission.example", null, true),
                new EmailEntry("amina@mail.example", null, false));
        assertThat(draft.phones()).containsExactly(new PhoneEntry("+221 33 000 00 00", null, true));
        assertThat(draft.countryCode()).isEqualTo("SN");
        assertThat(draft.category()).isEqualTo(StakeholderCategory.STATE_PARTY_REPRESENTATIVE);
        assertThat(draft.languages()).containsExactlyInAnyOrder("fr", "wo");
        assertThat(draft.sensitivity()).isEqualTo(Sensitivity.RESTRICTED);
        assertThat(tagged.draft().givenName()).isEqualTo("Amina");
        assertThat(tagged.draft().familyName()).isEqualTo("Diallo");
        assertThat(tagged.draft().tags()).isEqualTo(Set.of("ASP25", "Field presence"));
        assertThat(tagged.exportId()).isEqualTo(1234L);
    }

    @Test
    void countriesAreFoundByCodeOrByNameInEitherLanguage() {
        Map<Integer, ContactField> mapping = Map.of(0, ContactField.FULL_NAME, 1, ContactField.COUNTRY);

        assertThat(read(mapping, "Ana Ruiz", "co").draft().countryCode()).isEqualTo("CO");
        assertThat(read(mapping, "Ana Ruiz", "COL").draft().countryCode()).isEqualTo("CO");
        assertThat(read(mapping, "Ana Ruiz", "Colombia").draft().countryCode()).isEqualTo("CO");
        assertThat(read(mapping, "Ana Ruiz", "colombie").draft().countryCode()).isEqualTo("CO");
        assertThat(read(mapping, "Jo Li", "Côte d’Ivoire").draft().countryCode()).isEqualTo("CI");
    }

    @Test
    void eachUnreadableCellIsReportedWithItsColumnAndNothingIsKept() {
        ContactCandidate candidate = read(FRENCH_LIST, "", "", "Diallo", "x".repeat(201), "", "not-an-email",
                "call me", "Atlantis", "Astronaut", "klingon");

        assertThat(candidate.valid()).isFalse();
        assertThat(candidate.draft()).isNull();
        assertThat(candidate.problems()).extracting(CellProblem::column, CellProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, "importexport.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "importexport.problem.too-long"),
                        org.assertj.core.groups.Tuple.tuple(5, "importexport.problem.bad-email"),
                        org.assertj.core.groups.Tuple.tuple(6, "importexport.problem.bad-phone"),
                        org.assertj.core.groups.Tuple.tuple(7, "importexport.problem.unknown-country"),
                        org.assertj.core.groups.Tuple.tuple(8, "importexport.problem.unknown-category"),
                        org.assertj.core.groups.Tuple.tuple(9, "importexport.problem.unknown-language"));
        assertThat(candidate.problems()).allMatch(problem -> problem.rowNumber() == 7);
    }

    @Test
    void aMissingFamilyNameIsReportedOnTheFullNameColumnWhenThatIsWhatWasMapped() {
        ContactCandidate candidate = read(Map.of(2, ContactField.FULL_NAME, 3, ContactField.ID), "", "", "", "abc");

        assertThat(candidate.problems()).extracting(CellProblem::column, CellProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "importexport.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "importexport.problem.bad-id"));
    }

    @Test
    void fullNamesAreSplitFamilyNameLastOrFirstBeforeAComma() {
        assertThat(ContactRowReader.splitFullName("María José  Castillo")).containsExactly("María José", "Castillo");
        assertThat(ContactRowReader.splitFullName("Castillo, María José")).containsExactly("María José", "Castillo");
        assertThat(ContactRowReader.splitFullName("Madonna")).containsExactly("", "Madonna");
    }
}
