package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A confidential contact's emails, phones (with their labels) and consent note are encrypted in the database, copies
 * included, and read in clear through the service by whoever may see the contact; a contact that is not confidential
 * stays in clear. Each test reads the raw rows to see what a stolen database would show.
 */
@IntegrationTest
@WithStaff(username = "crypt.officer", role = Role.OFFICER)
class ContactEncryptionTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ContactService contacts;
    @Autowired
    ContactBulkWriter bulkWriter;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "cry" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final String email = "witness." + marker + "@shelter.example";
    private final String otherEmail = "w2." + marker + "@mission.example";

    private ContactDraft details(Sensitivity sensitivity) {
        return new ContactDraft(null, "Grace", "Akello " + marker, "Coordinator",
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER, "UG", "en", Set.of("en"),
                List.of(new EmailEntry(email, "safe " + marker, true), new EmailEntry(otherEmail, null, false)),
                List.of(new PhoneEntry("+256 700 000 111", "night " + marker, true)), null, null, Stance.SUPPORTIVE,
                sensitivity, LawfulBasis.CONSENT, "Consent given in Gulu " + marker, Set.of());
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select primary_email, primary_phone, email_list, phone_list, consent_note"
                + " from contact where id = ?", id);
    }

    private List<Map<String, Object>> emailRows(long id) {
        return jdbc.queryForList("select email, email_key, label from contact_email where contact_id = ?"
                + " order by item_order", id);
    }

    private List<String> tokens(long id) {
        return jdbc.queryForList("select token from contact_search_token where contact_id = ?", String.class, id);
    }

    @Test
    void confidentialContactDetailsAreEncryptedAtRestAndReadInClearByWhoMaySeeThem() {
        ContactDetails created = contacts.create(details(Sensitivity.CONFIDENTIAL), null);

        Map<String, Object> row = row(created.id());
        assertThat((String) row.get("primary_email")).startsWith("enc1:test:");
        assertThat((String) row.get("primary_phone")).startsWith("enc1:test:");
        assertThat((String) row.get("consent_note")).startsWith("enc1:test:");
        assertThat(row.get("email_list")).isNull();
        assertThat(row.get("phone_list")).isNull();
        assertThat(emailRows(created.id())).allSatisfy(email -> {
            assertThat((String) email.get("email")).startsWith("enc1:test:");
            assertThat((String) email.get("email_key")).startsWith("bi1:test:");
        });
        assertThat((String) emailRows(created.id()).getFirst().get("label")).startsWith("enc1:test:");
        assertThat(jdbc.queryForList("select phone, label from contact_phone where contact_id = ?", created.id()))
                .singleElement().satisfies(phone -> assertThat(phone.values())
                        .allSatisfy(value -> assertThat((String) value).startsWith("enc1:test:")));
        assertThat(tokens(created.id())).contains("grace", "akello", marker, "coordinator")
                .doesNotContain("witness", "shelter");

        ContactDraft read = contacts.find(created.id()).orElseThrow().draft();
        assertThat(read.emails()).containsExactlyElementsOf(details(Sensitivity.CONFIDENTIAL).emails());
        assertThat(read.phones()).containsExactlyElementsOf(details(Sensitivity.CONFIDENTIAL).phones());
        assertThat(read.consentNote()).isEqualTo("Consent given in Gulu " + marker);
        assertThat(contacts.list(ContactFilter.NONE.withText(marker), FIRST_PAGE).getContent()).singleElement()
                .satisfies(listed -> {
                    assertThat(listed.primaryEmail()).isEqualTo(email);
                    assertThat(listed.primaryPhone()).isEqualTo("+256 700 000 111");
                });
        assertThat(testUsers.as("crypt.colleague", Role.MANAGER, () -> contacts.find(created.id()))).isEmpty();
    }

    @Test
    void aContactThatIsNotConfidentialStaysInClear() {
        ContactDetails created = contacts.create(details(Sensitivity.RESTRICTED), null);

        assertThat(row(created.id())).containsEntry("primary_email", email)
                .containsEntry("email_list", email + "; " + otherEmail)
                .containsEntry("consent_note", "Consent given in Gulu " + marker);
        assertThat(emailRows(created.id()).getFirst()).containsEntry("email", email)
                .containsEntry("email_key", email);
        assertThat(tokens(created.id())).contains("witness", "shelter");
    }

    @Test
    void makingAContactConfidentialEncryptsWhatItKeptAndMakingItNormalAgainDecryptsIt() {
        ContactDetails open = contacts.create(details(Sensitivity.NORMAL), null);

        ContactDetails secret = contacts.update(open.id(), open.version(),
                open.draft().withSensitivity(Sensitivity.CONFIDENTIAL, open.draft().ownerId()));

        assertThat((String) row(open.id()).get("consent_note")).startsWith("enc1:");
        assertThat(row(open.id()).get("email_list")).isNull();
        assertThat((String) emailRows(open.id()).getFirst().get("email_key")).startsWith("bi1:");
        assertThat(tokens(open.id())).doesNotContain("witness", "shelter");
        assertThat(secret.draft().emails()).isEqualTo(open.draft().emails());

        ContactDetails normal = contacts.update(secret.id(), secret.version(),
                secret.draft().withSensitivity(Sensitivity.NORMAL, secret.draft().ownerId()));

        assertThat(row(open.id())).containsEntry("consent_note", "Consent given in Gulu " + marker)
                .containsEntry("primary_phone", "+256 700 000 111")
                .containsEntry("email_list", email + "; " + otherEmail);
        assertThat(emailRows(open.id()).getFirst()).containsEntry("email_key", email)
                .containsEntry("label", "safe " + marker);
        assertThat(tokens(open.id())).contains("witness", "shelter");
        assertThat(normal.draft()).isEqualTo(open.draft());
    }

    @Test
    void aConfidentialContactIsStillMatchedByEmailOnImportAndAsADuplicate() {
        ContactDetails created = contacts.create(details(Sensitivity.CONFIDENTIAL), null);
        ImportKey sameEmail = new ImportKey(null, Set.of("  " + otherEmail.toUpperCase() + " "), "G.", "Someone",
                null);

        assertThat(contacts.matchForImport(List.of(sameEmail))).singleElement()
                .isEqualTo(new ImportMatch(ImportMatch.Outcome.MATCH, created.id(), ImportMatch.Reason.EMAIL));
        assertThat(testUsers.as("crypt.other", Role.OFFICER, () -> contacts.matchForImport(List.of(sameEmail))))
                .singleElement().isEqualTo(new ImportMatch(ImportMatch.Outcome.CONFLICT, null,
                        ImportMatch.Reason.EMAIL));
        ContactDraft typedAgain = ContactDraft.of("Grace", "Other", StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry(email.toUpperCase(), null, true)));
        assertThat(contacts.possibleDuplicates(typedAgain, null, null)).extracting(DuplicateCandidate::contactId)
                .containsExactly(created.id());
        assertThat(testUsers.as("crypt.other", Role.OFFICER,
                () -> contacts.possibleDuplicates(typedAgain, null, null))).isEmpty();
    }

    @Test
    void aConfidentialContactIsFoundByNameButNotByTheWordsOfItsEncryptedEmails() {
        ContactDetails created = contacts.create(details(Sensitivity.CONFIDENTIAL), null);

        assertThat(contacts.rows(ContactFilter.NONE.withText("akello " + marker), FIRST_PAGE))
                .extracting(ContactRow::id).containsExactly(created.id());
        assertThat(contacts.rows(ContactFilter.NONE.withText(marker + " shelter"), FIRST_PAGE)).isEmpty();
    }

    @Test
    void membersOfAnOrganisationShowAConfidentialMembersEmailInClearToWhoMaySeeThem() {
        long organization = organizations.create(new OrganizationDraft("Shelter network " + marker, null,
                OrganizationKind.NGO, null, null, null, null)).id();
        ContactDetails created = contacts.create(details(Sensitivity.CONFIDENTIAL),
                new AffiliationDraft(organization, "Coordinator", null, null, true));

        assertThat(contacts.members(organization, true, FIRST_PAGE).getContent()).singleElement()
                .satisfies(member -> assertThat(member.primaryEmail()).isEqualTo(email));
        assertThat(tokens(created.id())).contains("shelter", "network");
    }

    @Test
    void contactsWrittenInBulkAreEncryptedTheSameWay() {
        long me = testUsers.ensure("crypt.officer", Role.OFFICER).id();
        List<Long> ids = bulkWriter.insert(List.of(new ContactSeed(details(Sensitivity.CONFIDENTIAL)
                .withSensitivity(Sensitivity.CONFIDENTIAL, me), List.of(), null)), "crypt.officer");
        long id = ids.getFirst();

        assertThat((String) row(id).get("primary_email")).startsWith("enc1:");
        assertThat(row(id).get("email_list")).isNull();
        assertThat(emailRows(id)).allSatisfy(stored -> assertThat((String) stored.get("email_key")).startsWith("bi1:"));
        assertThat(tokens(id)).doesNotContain("witness", "shelter");
        ContactDraft read = contacts.find(id).orElseThrow().draft();
        assertThat(read.emails()).isEqualTo(details(Sensitivity.CONFIDENTIAL).emails());
        assertThat(read.consentNote()).isEqualTo("Consent given in Gulu " + marker);
        assertThat(contacts.matchForImport(List.of(new ImportKey(null, Set.of(email), "x", "y", null))))
                .singleElement().extracting(ImportMatch::contactId).isEqualTo(id);
    }
}
