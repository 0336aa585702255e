package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.IntegrationTest;
import org.interlocutor.audit.AuditService;
import org.interlocutor.audit.RecordedEvents;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every export that names contacts records which ones its file contained, beside its audit event: the rows of a
 * contacts list, a mailing list or a campaign's people, the participants of exported engagements and the people of
 * exported follow-ups; and only those.
 */
@IntegrationTest
@WithStaff(username = "xc.officer", role = Role.OFFICER)
class ExportedContactsTest {

    @Autowired
    ExportService exports;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    CampaignService campaigns;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcClient jdbc;

    private final String marker = "xc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private ContactDetails met;
    private ContactDetails named;
    private ContactDetails absent;
    private long campaignId;

    @BeforeEach
    void aMeetingWithTwoPeopleAndAFollowUpConcerningOneOfThem() {
        long officer = testUsers.ensure("xc.officer", Role.OFFICER).id();
        met = contacts.create(ContactDraft.of("Amina", "Met " + marker, StakeholderCategory.CIVIL_SOCIETY), null);
        named = contacts.create(ContactDraft.of("Bola", "Named " + marker, StakeholderCategory.CIVIL_SOCIETY),
                null);
        absent = contacts.create(ContactDraft.of("Chike", "Absent " + marker, StakeholderCategory.CIVIL_SOCIETY),
                null);
        campaignId = testUsers.as("xc.manager", Role.MANAGER, () -> campaigns.create(new CampaignDraft(
                "Campaign " + marker, null, null, null, null, CampaignStatus.ACTIVE))).id();
        engagements.create(new EngagementDraft(EngagementKind.MEETING, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                null, null, "Meeting " + marker, null, null, Set.of(met.id(), named.id()), Set.of(), Set.of(officer),
                Set.of(campaignId), Sensitivity.NORMAL, List.of(new FollowUpDraft("Call back " + marker, officer,
                        LocalDate.now().plusDays(3), Set.of(named.id())))));
    }

    /** The contacts the file of the export {@code run} makes contained, as stored beside its audit event. */
    private BitSet exported(Runnable run) {
        RecordedEvents recorded = new RecordedEvents(jdbc);
        long before = recorded.lastId();
        run.run();
        long eventId = recorded.after(before).stream().filter(event -> event.action() == AuditAction.EXPORT)
                .reduce((first, last) -> last).orElseThrow().id();
        return testUsers.as("xc.admin", Role.ADMIN, () -> audit.exportedContacts(eventId)).orElseThrow().ids();
    }

    private static BitSet of(long... ids) {
        BitSet set = new BitSet();
        for (long id : ids) {
            set.set(Math.toIntExact(id));
        }
        return set;
    }

    private static ByteArrayOutputStream out() {
        return new ByteArrayOutputStream();
    }

    @Test
    void aContactsExportRecordsItsRowsWhetherFilteredOrTicked() {
        assertThat(exported(() -> exports.exportContacts(new ContactExport(ContactFilter.NONE.withText(marker),
                Sort.unsorted(), List.of(), null), ExportFormat.XLSX, Locale.ENGLISH, ZoneOffset.UTC, out(),
                ExportProgress.NONE))).isEqualTo(of(met.id(), named.id(), absent.id()));
        assertThat(exported(() -> exports.exportContacts(new ContactExport(ContactFilter.NONE, Sort.unsorted(),
                List.of(), List.of(named.id())), ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out(),
                ExportProgress.NONE))).isEqualTo(of(named.id()));
    }

    @Test
    void aMailingListRecordsItsPeople() {
        assertThat(exported(() -> exports.exportMailingList(new ContactExport(ContactFilter.NONE, Sort.unsorted(),
                List.of(), List.of(absent.id(), met.id())), ExportFormat.XLSX, Locale.ENGLISH, ZoneOffset.UTC, out(),
                ExportProgress.NONE))).isEqualTo(of(absent.id(), met.id()));
    }

    @Test
    void aCampaignsPeopleExportRecordsThem() {
        assertThat(exported(() -> exports.exportCampaignContacts(campaignId, null, ExportFormat.CSV, Locale.ENGLISH,
                ZoneOffset.UTC, out(), ExportProgress.NONE))).isEqualTo(of(met.id(), named.id()));
        assertThat(exported(() -> exports.exportCampaignContacts(campaignId, List.of(absent.id()), ExportFormat.CSV,
                Locale.ENGLISH, ZoneOffset.UTC, out(), ExportProgress.NONE))).isEqualTo(of(absent.id()));
    }

    @Test
    void anEngagementExportRecordsTheParticipantsOfItsEngagements() {
        assertThat(exported(() -> exports.exportEngagements(EngagementFilter.NONE.withText(marker), marker,
                ExportFormat.XLSX, Locale.ENGLISH, ZoneOffset.UTC, out(), ExportProgress.NONE)))
                .isEqualTo(of(met.id(), named.id()));
    }

    @Test
    void aFollowUpExportRecordsThePeopleTheyConcern() {
        assertThat(exported(() -> exports.exportMyFollowUps(null, ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC,
                out(), ExportProgress.NONE))).matches(ids -> ids.get(Math.toIntExact(named.id())), "holds Bola")
                .matches(ids -> !ids.get(Math.toIntExact(met.id())), "not Amina, whom no follow-up concerns")
                .matches(ids -> !ids.get(Math.toIntExact(absent.id())), "not Chike");
    }

    @Test
    void anOrganisationExportNamesNoContactAndRecordsNone() {
        RecordedEvents recorded = new RecordedEvents(jdbc);
        long before = recorded.lastId();
        exports.exportOrganizations(org.interlocutor.organization.OrganizationFilter.parse("q=" + marker), Sort.unsorted(), "",
                ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out(), ExportProgress.NONE);
        long eventId = recorded.after(before).stream().filter(event -> event.action() == AuditAction.EXPORT)
                .findFirst().orElseThrow().id();

        assertThat(testUsers.as("xc.admin", Role.ADMIN, () -> audit.exportedContacts(eventId))).isEmpty();
    }
}
