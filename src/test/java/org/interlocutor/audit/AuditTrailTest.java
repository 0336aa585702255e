package org.interlocutor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.IntegrationTest;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.importexport.ContactExport;
import org.interlocutor.importexport.ExportFormat;
import org.interlocutor.importexport.ExportProgress;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.NewUser;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.UserFilter;
import org.interlocutor.security.UserRow;
import org.interlocutor.security.UserService;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Language;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit trail keeps of each kind of action, as the services publish it and the audit module stores it:
 * changes with their fields before and after, reads of restricted records, exports, refusals; and who may read it
 * back.
 */
@IntegrationTest
@WithStaff(username = "audit.officer", role = Role.OFFICER)
class AuditTrailTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UserService users;
    @Autowired
    ExportService exports;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final String marker = "au" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private RecordedEvents recorded() {
        return new RecordedEvents(jdbc);
    }

    private ContactDetails contact(String given, Sensitivity sensitivity) {
        return contacts.create(ContactDraft.of(given, "Okafor " + marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                .withSensitivity(sensitivity, null), null);
    }

    private List<RecordedEvents.Event> eventsOf(ContactDetails contact) {
        return recorded().of(RecordTypes.CONTACT, contact.id());
    }

    // ---- changes -------------------------------------------------------------------------------------------

    @Test
    void creatingAContactFilesWhatWasEnteredUnderItsAuthor() {
        ContactDetails created = contact("Chidi", Sensitivity.NORMAL);

        assertThat(eventsOf(created)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.CREATE);
            assertThat(event.actor()).isEqualTo("audit.officer");
            assertThat(event.actorId()).isEqualTo(testUsers.ensure("audit.officer", Role.OFFICER).id());
            assertThat(event.change("givenName")).contains(new FieldChange("givenName", null, "Chidi"));
            assertThat(event.change("familyName")).contains(new FieldChange("familyName", null,
                    "Okafor " + marker));
            assertThat(event.change("sensitivity")).contains(new FieldChange("sensitivity", null, "NORMAL"));
            assertThat(event.change("jobTitle")).as("nothing entered, nothing filed").isEmpty();
        });
    }

    @Test
    void editingAContactFilesOnlyTheFieldsThatChangedWithTheirValuesBeforeAndAfter() {
        ContactDetails created = contact("Ngozi", Sensitivity.NORMAL);
        ContactDraft edited = new ContactDraft(null, "Ngozi", created.draft().familyName(), "Legal adviser",
                created.draft().category(), "NG", null, Set.of(), List.of(), List.of(), created.draft().ownerId(), 4,
                created.draft().stance(), Sensitivity.RESTRICTED, null, null, Set.of());

        contacts.update(created.id(), created.version(), edited);

        RecordedEvents.Event update = eventsOf(created).getLast();
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.changes()).containsExactlyInAnyOrder(
                new FieldChange("jobTitle", null, "Legal adviser"),
                new FieldChange("country", null, "NG"),
                new FieldChange("influence", null, "4"),
                new FieldChange("sensitivity", "NORMAL", "RESTRICTED"));
    }

    @Test
    void savingAContactUnchangedFilesNothing() {
        ContactDetails created = contact("Emeka", Sensitivity.NORMAL);

        contacts.update(created.id(), created.version(), created.draft());

        assertThat(eventsOf(created)).extracting(RecordedEvents.Event::action).containsExactly(AuditAction.CREATE);
    }

    @Test
    void archivingAndRestoringAContactAreFiled() {
        ContactDetails created = contact("Adaeze", Sensitivity.NORMAL);

        ContactDetails archived = contacts.setArchived(created.id(), created.version(), true);
        contacts.setArchived(archived.id(), archived.version(), false);

        List<RecordedEvents.Event> events = eventsOf(created);
        assertThat(events).extracting(RecordedEvents.Event::action)
                .containsExactly(AuditAction.CREATE, AuditAction.ARCHIVE, AuditAction.RESTORE);
        assertThat(events.get(1).changes()).containsExactly(new FieldChange("archived", "false", "true"));
    }

    @Test
    void grantingAndTakingBackAccessAreFiledWithTheColleague() {
        ContactDetails created = contact("Obiageli", Sensitivity.CONFIDENTIAL);
        long colleague = testUsers.ensure("audit.colleague", Role.OFFICER).id();

        contacts.grantAccess(created.id(), colleague);
        contacts.revokeAccess(created.id(), colleague);

        List<RecordedEvents.Event> events = eventsOf(created);
        assertThat(events).extracting(RecordedEvents.Event::action)
                .containsExactly(AuditAction.CREATE, AuditAction.GRANT, AuditAction.REVOKE);
        assertThat(events.get(1).changes()).containsExactly(new FieldChange("access", null, "audit.colleague"));
        assertThat(events.get(2).changes()).containsExactly(new FieldChange("access", "audit.colleague", null));
    }

    @Test
    void changesOfOrganisationsAndCampaignsAreFiledToo() {
        long organization = organizations.create(new OrganizationDraft("Mission " + marker, null,
                OrganizationKind.PERMANENT_MISSION, "KE", null, null, null)).id();
        var campaign = testUsers.as("audit.manager", Role.MANAGER, () -> campaigns.create(new CampaignDraft(
                "Campaign " + marker, null, null, null, null, CampaignStatus.PLANNED)));
        testUsers.runAs("audit.manager", Role.MANAGER, () -> campaigns.update(campaign.id(), campaign.version(),
                new CampaignDraft("Campaign " + marker, null, null, null, null, CampaignStatus.ACTIVE)));

        assertThat(recorded().of(RecordTypes.ORGANIZATION, organization)).singleElement()
                .satisfies(event -> assertThat(event.change("name"))
                        .contains(new FieldChange("name", null, "Mission " + marker)));
        assertThat(recorded().of(RecordTypes.CAMPAIGN, campaign.id())).extracting(RecordedEvents.Event::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(recorded().of(RecordTypes.CAMPAIGN, campaign.id()).getLast().changes())
                .containsExactly(new FieldChange("status", "PLANNED", "ACTIVE"));
    }

    @Test
    void aChangeRolledBackLeavesNoEvent() {
        long before = recorded().lastId();

        Long id = new TransactionTemplate(transactions).execute(status -> {
            long created = contact("Rolled", Sensitivity.NORMAL).id();
            status.setRollbackOnly();
            return created;
        });

        assertThat(recorded().of(RecordTypes.CONTACT, id)).isEmpty();
        assertThat(recorded().after(before)).noneMatch(event -> event.action() == AuditAction.CREATE
                && RecordTypes.CONTACT.equals(event.recordType()));
    }

    @Test
    void aNewPasswordIsFiledMaskedAndTheHashNeverReachesTheTrail() {
        String username = "masked." + marker;
        UserRow created = testUsers.as("audit.admin", Role.ADMIN, () -> users.create(new NewUser(username,
                "Masked Person", null, Role.VIEWER, Language.ENGLISH, "a temporary passphrase")));

        testUsers.runAs("audit.admin", Role.ADMIN, () -> users.resetPassword(created.id(), "another passphrase"));

        List<RecordedEvents.Event> events = recorded().of(RecordTypes.USER, created.id());
        assertThat(events).extracting(RecordedEvents.Event::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(events.getFirst().change("password")).contains(FieldChange.masked("password"));
        assertThat(events.getLast().changes()).contains(FieldChange.masked("password"));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo("audit.admin");
            assertThat(event.rawChanges()).doesNotContain("argon2").doesNotContain("passphrase");
        });
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    @Test
    void openingAConfidentialContactIsFiledButOpeningANormalOneIsNot() {
        ContactDetails confidential = contact("Kamsi", Sensitivity.CONFIDENTIAL);
        ContactDetails normal = contact("Tobi", Sensitivity.NORMAL);

        contacts.open(confidential.id());
        contacts.open(normal.id());
        contacts.find(confidential.id());

        assertThat(eventsOf(confidential)).extracting(RecordedEvents.Event::action)
                .containsExactly(AuditAction.CREATE, AuditAction.READ);
        assertThat(eventsOf(confidential).getLast().actor()).isEqualTo("audit.officer");
        assertThat(eventsOf(normal)).extracting(RecordedEvents.Event::action).containsExactly(AuditAction.CREATE);
    }

    @Test
    void openingARestrictedEngagementIsFiledAndDeletingItIsFiledAsArchived() {
        ContactDetails person = contact("Zainab", Sensitivity.NORMAL);
        long me = testUsers.ensure("audit.officer", Role.OFFICER).id();
        EngagementDetails logged = engagements.create(new EngagementDraft(EngagementKind.MEETING,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), null, null, "Briefing " + marker, null, null,
                Set.of(person.id()), Set.of(), Set.of(me), Set.of(), Sensitivity.RESTRICTED, List.of()));

        engagements.open(logged.id());
        engagements.delete(logged.id(), logged.version());

        List<RecordedEvents.Event> events = recorded().of(RecordTypes.ENGAGEMENT, logged.id());
        assertThat(events).extracting(RecordedEvents.Event::action)
                .containsExactly(AuditAction.CREATE, AuditAction.READ, AuditAction.ARCHIVE);
        assertThat(events.getFirst().change("participants"))
                .contains(new FieldChange("participants", null, String.valueOf(person.id())));
        assertThat(events.getLast().changes()).containsExactly(new FieldChange("archived", "false", "true"));
    }

    // ---- exports and refusals ------------------------------------------------------------------------------

    @Test
    void anExportIsFiledWithItsFilterAndRowCount() {
        contact("Amara", Sensitivity.NORMAL);
        contact("Bisi", Sensitivity.NORMAL);
        long before = recorded().lastId();

        exports.exportContacts(new ContactExport(ContactFilter.NONE.withText(marker), Sort.unsorted(), List.of(),
                null), ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, new ByteArrayOutputStream(),
                ExportProgress.NONE);

        assertThat(recorded().after(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(event.recordType()).isEqualTo(RecordTypes.EXPORT);
            assertThat(event.actor()).isEqualTo("audit.officer");
            assertThat(event.detail()).startsWith("contacts: 2 rows as csv").contains(marker);
        });
    }

    @Test
    void aCallRefusedByMethodSecurityIsFiledAsAccessDenied() {
        long before = recorded().lastId();

        assertThatThrownBy(() -> users.list(new UserFilter("", true), FIRST_PAGE))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(recorded().after(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(event.actor()).isEqualTo("audit.officer");
            assertThat(event.detail()).isEqualTo("UserService.list");
        });
    }

    // ---- reading the trail back ----------------------------------------------------------------------------

    @Test
    void aRecordsHistoryIsShownOnlyToSomeoneWhoMaySeeTheRecord() {
        ContactDetails confidential = contact("Halima", Sensitivity.CONFIDENTIAL);
        contacts.open(confidential.id());

        List<AuditEntry> ownerReads = audit.history(RecordTypes.CONTACT, confidential.id(), FIRST_PAGE);
        List<AuditEntry> colleagueReads = testUsers.as("audit.outsider", Role.OFFICER,
                () -> audit.history(RecordTypes.CONTACT, confidential.id(), FIRST_PAGE));
        List<AuditEntry> adminReads = testUsers.as("audit.admin", Role.ADMIN,
                () -> audit.history(RecordTypes.CONTACT, confidential.id(), FIRST_PAGE));

        assertThat(ownerReads).extracting(AuditEntry::action).containsExactly(AuditAction.READ, AuditAction.CREATE);
        assertThat(colleagueReads).isEmpty();
        assertThat(adminReads).as("administrators do not see confidential contacts either").isEmpty();
    }

    @Test
    void administratorsFindEveryEventButNotTheValuesOfARecordTheyMayNotSee() {
        ContactDetails confidential = contact("Folake", Sensitivity.CONFIDENTIAL);
        ContactDetails normal = contact("Yemi", Sensitivity.NORMAL);

        AuditEntry hidden = testUsers.as("audit.admin", Role.ADMIN, () -> audit.find(audit.search(
                AuditFilter.NONE.withRecord(RecordTypes.CONTACT, confidential.id()), FIRST_PAGE).getFirst().id())
                .orElseThrow());
        AuditEntry shown = testUsers.as("audit.admin", Role.ADMIN, () -> audit.find(audit.search(
                AuditFilter.NONE.withRecord(RecordTypes.CONTACT, normal.id()), FIRST_PAGE).getFirst().id())
                .orElseThrow());

        assertThat(hidden.valuesWithheld()).isTrue();
        assertThat(hidden.changedFields()).contains("givenName", "familyName");
        assertThat(hidden.changes()).allSatisfy(change -> assertThat(change.after()).isNull());
        assertThat(shown.valuesWithheld()).isFalse();
        assertThat(shown.changes()).contains(new FieldChange("givenName", null, "Yemi"));
    }

    @Test
    void anEngagementsHistoryLeavesOutTheParticipantsTheReaderMayNotSee() {
        ContactDetails defender = contact("Amina", Sensitivity.CONFIDENTIAL);
        ContactDetails diplomat = contact("Dayo", Sensitivity.NORMAL);
        long me = testUsers.ensure("audit.officer", Role.OFFICER).id();
        long colleague = testUsers.ensure("audit.present", Role.OFFICER).id();
        EngagementDetails meeting = engagements.create(new EngagementDraft(EngagementKind.MEETING,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), null, null, "Meeting " + marker, null, null,
                Set.of(defender.id(), diplomat.id()), Set.of(), Set.of(me, colleague), Set.of(), Sensitivity.NORMAL,
                List.of()));

        List<AuditEntry> mine = audit.history(RecordTypes.ENGAGEMENT, meeting.id(), FIRST_PAGE);
        List<AuditEntry> theirs = testUsers.as("audit.present", Role.OFFICER,
                () -> audit.history(RecordTypes.ENGAGEMENT, meeting.id(), FIRST_PAGE));

        assertThat(mine.getFirst().changes()).contains(new FieldChange("participants", null,
                List.of(String.valueOf(defender.id()), String.valueOf(diplomat.id())).stream().sorted()
                        .reduce((a, b) -> a + ", " + b).orElseThrow()));
        assertThat(theirs).singleElement().satisfies(created -> assertThat(created.changes())
                .contains(new FieldChange("participants", null, String.valueOf(diplomat.id())))
                .contains(new FieldChange("sensitivity", null, "CONFIDENTIAL")));
    }

    @Test
    void theTrailIsSearchedByUserRecordActionAndPeriod() {
        ContactDetails created = contact("Sade", Sensitivity.RESTRICTED);
        contacts.open(created.id());
        Instant now = Instant.now();

        List<AuditEntry> byRecord = asAdmin(AuditFilter.NONE.withRecord(RecordTypes.CONTACT, created.id()));
        List<AuditEntry> readsOnly = asAdmin(AuditFilter.NONE.withRecord(RecordTypes.CONTACT, created.id())
                .withActions(Set.of(AuditAction.READ)));
        List<AuditEntry> byOtherUser = asAdmin(AuditFilter.NONE.withRecord(RecordTypes.CONTACT, created.id())
                .withUser("audit.admin"));
        List<AuditEntry> byUserBeginning = asAdmin(AuditFilter.NONE.withRecord(RecordTypes.CONTACT, created.id())
                .withUser("AUDIT.OFF"));
        List<AuditEntry> yesterday = asAdmin(AuditFilter.NONE.withRecord(RecordTypes.CONTACT, created.id())
                .withPeriod(now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)));
        List<AuditEntry> today = asAdmin(AuditFilter.NONE.withRecord(RecordTypes.CONTACT, created.id())
                .withPeriod(LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC),
                        now.plus(1, ChronoUnit.DAYS)));

        assertThat(byRecord).extracting(AuditEntry::action).containsExactly(AuditAction.READ, AuditAction.CREATE);
        assertThat(readsOnly).extracting(AuditEntry::action).containsExactly(AuditAction.READ);
        assertThat(byOtherUser).isEmpty();
        assertThat(byUserBeginning).hasSize(2);
        assertThat(yesterday).isEmpty();
        assertThat(today).hasSize(2);
    }

    @Test
    void onlyAdministratorsSearchTheTrail() {
        assertThatThrownBy(() -> audit.search(AuditFilter.NONE, FIRST_PAGE)).isInstanceOf(AccessDeniedException.class);
    }

    private List<AuditEntry> asAdmin(AuditFilter filter) {
        return testUsers.as("audit.admin", Role.ADMIN, () -> audit.search(filter, FIRST_PAGE));
    }
}
