package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Imported rows matched to existing contacts, without ever naming a contact the importer may not see. */
@IntegrationTest
@WithStaff(username = "match.officer", role = Role.OFFICER)
class ImportMatchTest {

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;

    private final String marker = "imp" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ContactDetails person(String given, String family, String email, Sensitivity sensitivity,
                                  AffiliationDraft affiliation) {
        ContactDraft base = ContactDraft.of(given, family, StakeholderCategory.CIVIL_SOCIETY);
        ContactDraft draft = new ContactDraft(null, given, family, null, StakeholderCategory.CIVIL_SOCIETY, null, null,
                Set.of(), List.of(new EmailEntry(email, null, true)), List.of(), null, null, base.stance(),
                sensitivity, null, null, Set.of());
        return contacts.create(draft, affiliation);
    }

    private static ImportKey key(Long exportId, String email, String given, String family, String organization) {
        return new ImportKey(exportId, email == null ? Set.of() : Set.of(email), given, family, organization);
    }

    @Test
    void rowsMatchByExportIdThenEmailThenNameAtTheSameOrganization() {
        long mission = organizations.create(new OrganizationDraft("Mission " + marker, null,
                OrganizationKind.PERMANENT_MISSION, null, null, null, null)).id();
        ContactDetails byId = person("Ida", "Byid " + marker, "ida." + marker + "@example.org", Sensitivity.NORMAL,
                null);
        ContactDetails byEmail = person("Emma", "Byemail " + marker, "emma." + marker + "@example.org",
                Sensitivity.NORMAL, null);
        ContactDetails byName = person("José", "Núñez " + marker, "jose." + marker + "@example.org",
                Sensitivity.NORMAL, new AffiliationDraft(mission, "Counsellor", null, null, true));

        List<ImportMatch> matches = contacts.matchForImport(List.of(
                key(byId.id(), "someone.else@example.org", "Ida", "Byid " + marker, null),
                key(null, "EMMA." + marker.toUpperCase() + "@Example.org", "Emma", "Other", null),
                key(null, "new." + marker + "@example.org", "Jose", "Nunez " + marker, "mission " + marker),
                key(Long.MAX_VALUE, null, "Nobody", "Known " + marker, "Mission " + marker)));

        assertThat(matches).containsExactly(
                new ImportMatch(ImportMatch.Outcome.MATCH, byId.id(), ImportMatch.Reason.EXPORT_ID),
                new ImportMatch(ImportMatch.Outcome.MATCH, byEmail.id(), ImportMatch.Reason.EMAIL),
                new ImportMatch(ImportMatch.Outcome.MATCH, byName.id(), ImportMatch.Reason.NAME_AT_ORGANIZATION),
                ImportMatch.NONE);
    }

    @Test
    void aMatchThePersonMayNotSeeIsAConflictWithoutItsId() {
        ContactDetails hidden = testUsers.as("match.other", Role.OFFICER, () -> person("Gaia", "Hidden " + marker,
                "gaia." + marker + "@example.org", Sensitivity.CONFIDENTIAL, null));

        List<ImportMatch> matches = contacts.matchForImport(List.of(
                key(null, "gaia." + marker + "@example.org", "Gaia", "Hidden " + marker, null),
                key(hidden.id(), null, "Gaia", "Hidden " + marker, null)));

        assertThat(matches).containsExactly(
                new ImportMatch(ImportMatch.Outcome.CONFLICT, null, ImportMatch.Reason.EMAIL),
                new ImportMatch(ImportMatch.Outcome.CONFLICT, null, ImportMatch.Reason.EXPORT_ID));
        assertThat(testUsers.as("match.other", Role.OFFICER, () -> contacts.matchForImport(List.of(
                key(null, "gaia." + marker + "@example.org", "Gaia", "Hidden " + marker, null)))))
                .containsExactly(new ImportMatch(ImportMatch.Outcome.MATCH, hidden.id(), ImportMatch.Reason.EMAIL));
    }
}
