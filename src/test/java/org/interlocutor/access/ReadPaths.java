package org.interlocutor.access;

import static org.interlocutor.access.Guarded.CONTACT;
import static org.interlocutor.access.Guarded.CONTACT_IN_ITS_ENGAGEMENT;
import static org.interlocutor.access.Guarded.ENGAGEMENT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.DuplicateCandidate;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.MemberRow;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.CountryRow;
import org.interlocutor.dashboard.CoverageWindow;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.dashboard.DashboardsOn;
import org.interlocutor.dashboard.FigureLabel;
import org.interlocutor.dashboard.FigureSeries;
import org.interlocutor.dashboard.MonthOverMonth;
import org.interlocutor.dashboard.MonthlyBreakdown;
import org.interlocutor.dashboard.MonthlySeries;
import org.interlocutor.engagement.AssigneeOverdue;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.QuietContact;
import org.interlocutor.engagement.Ref;
import org.interlocutor.engagement.StakeholderMap;
import org.interlocutor.engagement.StakeholderPoint;
import org.interlocutor.importexport.ContactExport;
import org.interlocutor.importexport.DuplicateMode;
import org.interlocutor.importexport.ExportFormat;
import org.interlocutor.importexport.ExportProgress;
import org.interlocutor.importexport.ImportFile;
import org.interlocutor.importexport.ImportProgress;
import org.interlocutor.importexport.ImportReport;
import org.interlocutor.importexport.ImportRequest;
import org.interlocutor.importexport.ImportType;
import org.interlocutor.importexport.RowAction;
import org.interlocutor.importexport.RowOutcome;
import org.interlocutor.importexport.SheetLayout;
import org.interlocutor.outreach.OutreachTargetRow;
import org.interlocutor.outreach.TargetStatus;
import org.interlocutor.audit.AuditFilter;
import org.interlocutor.security.Role;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.Sensitivity;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Every path the application reads contacts and engagements through, at the service level, each a probe answering
 * "did the protected record show, and did the control?". A new path (the audit view, a record's history) is one
 * more entry in the list of its kind: a name, the record it may give away and the probe, with {@code from(role)}
 * when lower roles are refused.
 *
 * <p>Lists whose query is the scene's own (an organisation, a campaign, a marker, a period in the scene's year) are
 * read on one page; lists that hold the whole database (a country's contacts, the people going cold, the retention
 * review) are read to the end, and their counts are set against what they listed.
 */
final class ReadPaths {

    private static final Pageable PAGE = PageRequest.of(0, 100);
    private static final int LONG_PAGE = 500;

    private final AccessServices x;

    ReadPaths(AccessServices services) {
        this.x = services;
    }

    List<ReadPath> all() {
        List<ReadPath> paths = new ArrayList<>();
        paths.addAll(contactPaths());
        paths.addAll(engagementPaths());
        paths.addAll(participantPaths());
        paths.addAll(dashboardPaths());
        paths.addAll(exportPaths());
        paths.addAll(importPaths());
        paths.addAll(auditPaths());
        return paths;
    }

    // ---- the audit trail -------------------------------------------------------------------------------------

    /**
     * A record's history shows only to who may see the record. The administrators' audit trail lists that a
     * protected record changed (an audit must show that something happened) but its values only to an
     * administrator who may see the record.
     */
    private List<ReadPath> auditPaths() {
        return List.of(
                ReadPath.of("contact history", CONTACT, s -> new Sighting(
                        !x.audit().history(RecordTypes.CONTACT, s.control.id(), PAGE).isEmpty(),
                        !x.audit().history(RecordTypes.CONTACT, s.guarded.id(), PAGE).isEmpty())),
                ReadPath.of("engagement history", ENGAGEMENT, s -> new Sighting(
                        !x.audit().history(RecordTypes.ENGAGEMENT, s.controlMeeting.id(), PAGE).isEmpty(),
                        !x.audit().history(RecordTypes.ENGAGEMENT, s.guardedMeeting.id(), PAGE).isEmpty())),
                ReadPath.of("audit trail values of a contact", CONTACT, s -> new Sighting(
                        auditValuesShown(RecordTypes.CONTACT, s.control.id()),
                        auditValuesShown(RecordTypes.CONTACT, s.guarded.id()))).from(Role.ADMIN),
                ReadPath.of("audit trail values of an engagement", ENGAGEMENT, s -> new Sighting(
                        auditValuesShown(RecordTypes.ENGAGEMENT, s.controlMeeting.id()),
                        auditValuesShown(RecordTypes.ENGAGEMENT, s.guardedMeeting.id()))).from(Role.ADMIN));
    }

    /** Whether the audit trail's event dialog shows the values of some change of the record. */
    private boolean auditValuesShown(String recordType, long recordId) {
        return x.audit().search(AuditFilter.NONE.withRecord(recordType, recordId), PAGE).stream()
                .map(listed -> x.audit().find(listed.id()).orElseThrow())
                .anyMatch(entry -> !entry.valuesWithheld() && entry.changes().stream()
                        .anyMatch(change -> change.before() != null || change.after() != null));
    }

    // ---- contacts --------------------------------------------------------------------------------------------

    private List<ReadPath> contactPaths() {
        return List.of(
                ReadPath.of("contacts list", CONTACT, s -> contactIds(x.contacts().list(atOrganization(s), PAGE)
                        .getContent(), s)),
                ReadPath.of("contacts list total", CONTACT, s -> Sighting.counted(x.contacts().list(
                        atOrganization(s), PageRequest.of(0, 1)).getTotalElements(), 1)),
                ReadPath.of("contacts count", CONTACT, s -> Sighting.counted(x.contacts().count(atOrganization(s)),
                        1)),
                ReadPath.of("contacts grid rows", CONTACT, s -> contactIds(x.contacts().rows(atOrganization(s),
                        PAGE), s)),
                ReadPath.of("contacts free-text search by name", CONTACT, s -> contactIds(x.contacts().list(
                        ContactFilter.NONE.withText(s.marker), PAGE).getContent(), s)),
                ReadPath.of("contacts free-text search by email", CONTACT, s -> new Sighting(
                        !x.contacts().list(ContactFilter.NONE.withText(s.control.email()), PAGE).isEmpty(),
                        !x.contacts().list(ContactFilter.NONE.withText(s.guarded.email()), PAGE).isEmpty()))
                        // a CONFIDENTIAL person's emails are encrypted at rest: no words of theirs are searchable
                        .onlyAt(Sensitivity.RESTRICTED),
                ReadPath.of("contact autocomplete", CONTACT, s -> contactIds(x.contacts().suggest(s.marker,
                        PageRequest.of(0, 10)), s)),
                ReadPath.of("contact by id", CONTACT, s -> new Sighting(x.contacts().find(s.control.id())
                        .isPresent(), x.contacts().find(s.guarded.id()).isPresent())),
                ReadPath.of("organisation members", CONTACT, s -> Sighting.among(x.contacts().members(
                                s.organizationId, true, PAGE).getContent().stream().map(MemberRow::contactId).toList(),
                        s.control.id(), s.guarded.id())),
                ReadPath.of("organisation members total", CONTACT, s -> Sighting.counted(x.contacts().members(
                        s.organizationId, true, PageRequest.of(0, 1)).getTotalElements(), 1)),
                ReadPath.of("country contacts", CONTACT, s -> Sighting.among(countryContacts(s),
                        s.compatriot.id(), s.guarded.id())),
                ReadPath.of("country contacts count", CONTACT, s -> Sighting.countedAgainst(x.contacts().count(
                        ContactFilter.NONE.withCountry(AccessScene.COUNTRY)), countryContacts(s),
                        s.compatriot.id(), s.guarded.id())),
                ReadPath.of("duplicate warning on entry", CONTACT, s -> Sighting.among(x.contacts()
                        .possibleDuplicates(ContactDraft.of("Some", "One", StakeholderCategory.OTHER).withEmails(
                                List.of(new EmailEntry(s.control.email(), null, true),
                                        new EmailEntry(s.guarded.email(), null, false))), null, null).stream()
                        .map(DuplicateCandidate::contactId).toList(), s.control.id(), s.guarded.id())),
                ReadPath.of("position history", CONTACT, s -> new Sighting(
                        x.contacts().positionHistory(s.control.id(), PAGE).getTotalElements() > 0,
                        x.contacts().positionHistory(s.guarded.id(), PAGE).getTotalElements() > 0)),
                ReadPath.of("retention review", CONTACT, s -> Sighting.among(retentionReview(), s.control.id(),
                        s.guarded.id())).from(Role.MANAGER),
                ReadPath.of("retention review count", CONTACT, s -> Sighting.countedAgainst(x.contacts()
                        .countNotEngagedSince(x.retention().cutoff()), retentionReview(), s.control.id(),
                        s.guarded.id())).from(Role.MANAGER),
                ReadPath.of("outreach plan targets", CONTACT, s -> Sighting.among(targets(s).stream()
                                .map(OutreachTargetRow::contactId).filter(Objects::nonNull).toList(), s.control.id(),
                        s.guarded.id())),
                ReadPath.of("outreach plan progress targets", CONTACT, s -> Sighting.counted(x.outreach()
                        .progress(s.planId).targets(), 1)),
                ReadPath.of("going cold list", CONTACT, s -> Sighting.among(goingCold().stream()
                        .map(quiet -> quiet.contact().id()).toList(), s.control.id(), s.guarded.id())),
                ReadPath.of("going cold count", CONTACT, s -> Sighting.countedAgainst(x.dashboard().countGoingCold(
                        x.dashboard().goingColdDays()), goingCold().stream().map(quiet -> quiet.contact().id())
                        .toList(), s.control.id(), s.guarded.id())));
    }

    // ---- engagements -----------------------------------------------------------------------------------------

    private List<ReadPath> engagementPaths() {
        return List.of(
                ReadPath.of("engagements list", ENGAGEMENT, s -> meetingIds(x.engagements().rows(duringScene(s),
                        PAGE), s)),
                ReadPath.of("engagements count", ENGAGEMENT, s -> Sighting.counted(x.engagements().count(
                        duringScene(s)), 1)),
                ReadPath.of("engagements free-text search", ENGAGEMENT, s -> meetingIds(x.engagements().rows(
                        EngagementFilter.NONE.withText(s.marker), PAGE), s)),
                ReadPath.of("engagements ticked in a list", ENGAGEMENT, s -> meetingIds(x.engagements().selected(
                        List.of(s.controlMeeting.id(), s.guardedMeeting.id())), s)),
                ReadPath.of("engagement by id", ENGAGEMENT, s -> new Sighting(
                        x.engagements().find(s.controlMeeting.id()).isPresent(),
                        x.engagements().find(s.guardedMeeting.id()).isPresent())),
                ReadPath.of("contact timeline", ENGAGEMENT, s -> meetingIds(x.engagements().rows(
                        EngagementFilter.ofContact(s.control.id()), PAGE), s)),
                ReadPath.of("contact timeline count", ENGAGEMENT, s -> Sighting.counted(x.engagements().count(
                        EngagementFilter.ofContact(s.control.id())), 1)),
                ReadPath.of("organisation timeline", ENGAGEMENT, s -> meetingIds(x.engagements().rows(
                        EngagementFilter.ofOrganization(s.organizationId), PAGE), s)),
                // the country's timeline holds every test's meetings there: read over the scene's weeks
                ReadPath.of("country timeline", ENGAGEMENT, s -> meetingIds(x.engagements().rows(
                        duringScene(s).withCountry(AccessScene.CONTROL_COUNTRY), PAGE), s)),
                ReadPath.of("campaign timeline", ENGAGEMENT, s -> meetingIds(x.engagements().rows(
                        EngagementFilter.ofCampaign(s.campaignId), PAGE), s)),
                ReadPath.of("follow-ups of a contact", ENGAGEMENT, s -> followUpMeetings(x.followUps().ofContact(
                        s.control.id(), PAGE), s)),
                ReadPath.of("follow-ups of a contact count", ENGAGEMENT, s -> Sighting.counted(x.followUps()
                        .countOfContact(s.control.id()), s.followUpsPerMeeting)),
                ReadPath.of("follow-ups of a campaign", ENGAGEMENT, s -> followUpMeetings(x.followUps().ofCampaign(
                        s.campaignId, PAGE), s)),
                ReadPath.of("follow-ups of a campaign count", ENGAGEMENT, s -> Sighting.counted(x.followUps()
                        .countOfCampaign(s.campaignId), s.followUpsPerMeeting)),
                // the meeting's date must not show through what is read of a NORMAL person it concerned
                ReadPath.of("last engaged on a contact's page", ENGAGEMENT, s -> lastEngaged(
                        x.contacts().find(s.control.id()).orElseThrow().lastEngagedOn(), s)),
                ReadPath.of("last engaged in the contacts list", ENGAGEMENT, s -> lastEngaged(x.contacts().list(
                                atOrganization(s), PAGE).getContent().stream()
                        .filter(row -> row.id() == s.control.id()).findFirst().orElseThrow().lastEngagedOn(), s)),
                ReadPath.of("contacts list last-engaged filter", ENGAGEMENT, s -> new Sighting(
                        x.contacts().rows(atOrganization(s).withEngaged(s.controlMeeting.day(),
                                s.guardedMeeting.day()), PAGE).stream().anyMatch(row -> row.id() == s.control.id()),
                        x.contacts().rows(atOrganization(s).withEngaged(s.guardedMeeting.day(), null), PAGE).stream()
                                .anyMatch(row -> row.id() == s.control.id()))),
                ReadPath.of("outreach target last engaged", ENGAGEMENT, s -> {
                    OutreachTargetRow control = targets(s).stream()
                            .filter(row -> Objects.equals(row.contactId(), s.control.id())).findFirst().orElseThrow();
                    return new Sighting(control.status() == TargetStatus.REACHED,
                            s.guardedMeeting.startedAt().equals(control.lastEngagedAt()));
                }),
                ReadPath.of("stakeholder map last engaged", ENGAGEMENT, s -> {
                    StakeholderPoint control = points(x.maps().map(s.campaignId, null)).stream()
                            .filter(point -> point.contactId() == s.control.id()).findFirst().orElseThrow();
                    return lastEngaged(control.lastEngagedOn(), s);
                }));
    }

    // ---- the protected person as a participant of the protected meeting ------------------------------------

    private List<ReadPath> participantPaths() {
        return List.of(
                ReadPath.of("participants in engagement rows", CONTACT_IN_ITS_ENGAGEMENT, s -> Sighting.among(
                        x.engagements().rows(EngagementFilter.NONE.withText(s.marker), PAGE).stream()
                                .flatMap(row -> row.participants().stream()).map(Ref::id).toList(),
                        s.control.id(), s.guarded.id())),
                ReadPath.of("participants on an engagement's page", CONTACT_IN_ITS_ENGAGEMENT, s -> new Sighting(
                        x.engagements().find(s.controlMeeting.id()).orElseThrow().participants().stream()
                                .anyMatch(row -> row.id() == s.control.id()),
                        x.engagements().find(s.guardedMeeting.id()).stream()
                                .flatMap(details -> details.participants().stream())
                                .anyMatch(row -> row.id() == s.guarded.id()))),
                ReadPath.of("people a follow-up concerns", CONTACT_IN_ITS_ENGAGEMENT, s -> Sighting.among(
                        x.followUps().ofContact(s.control.id(), PAGE).stream()
                                .flatMap(row -> row.contacts().stream()).map(Ref::id).toList(),
                        s.control.id(), s.guarded.id())),
                ReadPath.of("campaign participants", CONTACT_IN_ITS_ENGAGEMENT, s -> contactIds(x.engagements()
                        .campaignParticipants(s.campaignId, PAGE), s)),
                ReadPath.of("campaign participants count", CONTACT_IN_ITS_ENGAGEMENT, s -> Sighting.counted(
                        x.engagements().countCampaignParticipants(s.campaignId), 1)),
                ReadPath.of("stakeholder map", CONTACT_IN_ITS_ENGAGEMENT, s -> Sighting.among(points(
                        x.maps().map(s.campaignId, null)).stream().map(StakeholderPoint::contactId).toList(),
                        s.control.id(), s.guarded.id())),
                ReadPath.of("stakeholder map on an earlier day", CONTACT_IN_ITS_ENGAGEMENT, s -> Sighting.among(
                        points(x.maps().map(s.campaignId, s.day)).stream().map(StakeholderPoint::contactId)
                                .toList(), s.control.id(), s.guarded.id())),
                ReadPath.of("stakeholder map counts", CONTACT_IN_ITS_ENGAGEMENT, s -> {
                    StakeholderMap map = x.maps().map(s.campaignId, null);
                    return Sighting.counted(map.placedCount() + map.notPlacedCount(), 1);
                }),
                ReadPath.of("outreach plan progress reached", CONTACT_IN_ITS_ENGAGEMENT, s -> Sighting.counted(
                        x.outreach().progress(s.planId).reached(), 1)));
    }

    // ---- dashboard figures: read on the scene's day, except the people going cold (today) --------------------

    private List<ReadPath> dashboardPaths() {
        return List.of(
                ReadPath.of("dashboard this month against last", ENGAGEMENT, s -> {
                    MonthOverMonth months = onSceneDay(s).engagementsThisMonth();
                    return new Sighting(months.lastMonth() >= 1, months.thisMonth() >= 1);
                }),
                ReadPath.of("dashboard engagements per month by kind", ENGAGEMENT, s -> {
                    MonthlySeries series = onSceneDay(s).engagementsPerMonth(MonthlyBreakdown.BY_KIND);
                    return new Sighting(
                            value(series, new FigureLabel.Key(EngagementKind.MEETING.messageKey()), s.controlMeeting),
                            value(series, new FigureLabel.Key(EngagementKind.BRIEFING.messageKey()),
                                    s.guardedMeeting));
                }),
                ReadPath.of("dashboard engagements per month by campaign", ENGAGEMENT, s -> {
                    MonthlySeries series = onSceneDay(s).engagementsPerMonth(MonthlyBreakdown.BY_CAMPAIGN);
                    FigureLabel campaign = new FigureLabel.Name(s.campaignName);
                    return new Sighting(value(series, campaign, s.controlMeeting),
                            value(series, campaign, s.guardedMeeting));
                }),
                ReadPath.of("dashboard coverage of State Parties", ENGAGEMENT, s -> {
                    Set<String> notReached = onSceneDay(s).coverage(CoverageWindow.DAYS_90).groups().stream()
                            .flatMap(group -> group.notReached().stream()).map(CountryRow::code)
                            .collect(Collectors.toSet());
                    return new Sighting(!notReached.contains(AccessScene.CONTROL_COUNTRY),
                            !notReached.contains(AccessScene.COUNTRY));
                }),
                ReadPath.of("dashboard overdue follow-ups by colleague", ENGAGEMENT, s -> Sighting.counted(
                        x.dashboard().overdueByOfficer().stream().filter(row -> row.assigneeId() == s.ownerId)
                                .mapToLong(AssigneeOverdue::overdue).sum(), 1)).from(Role.MANAGER),
                ReadPath.of("dashboard going cold last engaged", ENGAGEMENT, s -> {
                    QuietContact control = goingCold().stream().filter(quiet -> quiet.contact().id() == s.control.id())
                            .findFirst().orElseThrow();
                    return new Sighting(control.lastEngagedAt() != null,
                            s.guardedMeeting.startedAt().equals(control.lastEngagedAt()));
                }));
    }

    // ---- exports, as CSV text --------------------------------------------------------------------------------

    private List<ReadPath> exportPaths() {
        return List.of(
                ReadPath.of("contacts export", CONTACT, s -> emails(export(out -> x.exports().exportContacts(
                        ContactExport.of(atOrganization(s)), ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out,
                        ExportProgress.NONE)), s)),
                ReadPath.of("contacts export of ticked rows", CONTACT, s -> emails(export(out -> x.exports()
                        .exportContacts(ticked(s), ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out,
                                ExportProgress.NONE)), s)),
                ReadPath.of("mailing list export", CONTACT, s -> emails(export(out -> x.exports().exportMailingList(
                        ContactExport.of(atOrganization(s)), ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out,
                        ExportProgress.NONE)), s)),
                ReadPath.of("mailing list export of ticked rows", CONTACT, s -> emails(export(out -> x.exports()
                        .exportMailingList(ticked(s), ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out,
                                ExportProgress.NONE)), s)),
                ReadPath.of("campaign people export of ticked rows", CONTACT, s -> emails(export(out -> x.exports()
                        .exportCampaignContacts(s.campaignId, List.of(s.control.id(), s.guarded.id()),
                                ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE)), s)),
                ReadPath.of("campaign people export", CONTACT_IN_ITS_ENGAGEMENT, s -> emails(export(out -> x.exports()
                        .exportCampaignContacts(s.campaignId, null, ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC,
                                out, ExportProgress.NONE)), s)),
                ReadPath.of("timeline export", ENGAGEMENT, s -> titles(export(out -> x.exports().exportEngagements(
                        EngagementFilter.ofContact(s.control.id()), "", ExportFormat.CSV, Locale.ENGLISH,
                        ZoneOffset.UTC, out, ExportProgress.NONE)), s)),
                ReadPath.of("engagements export of ticked rows", ENGAGEMENT, s -> titles(export(out -> x.exports()
                        .exportSelectedEngagements(List.of(s.controlMeeting.id(), s.guardedMeeting.id()),
                                ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE)), s)),
                ReadPath.of("participants in an engagements export", CONTACT_IN_ITS_ENGAGEMENT, s -> people(export(
                        out -> x.exports().exportEngagements(EngagementFilter.NONE.withText(s.marker), s.marker,
                                ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE)), s)),
                ReadPath.of("my follow-ups export", ENGAGEMENT, s -> titles(export(out -> x.exports()
                        .exportMyFollowUps(null, ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out,
                                ExportProgress.NONE)), s)).from(Role.OFFICER).onlyFor(ReadPaths::holdsFollowUps),
                ReadPath.of("people in my follow-ups export", CONTACT_IN_ITS_ENGAGEMENT, s -> people(export(
                        out -> x.exports().exportMyFollowUps(null, ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC,
                                out, ExportProgress.NONE)), s)).from(Role.OFFICER)
                        .onlyFor(ReadPaths::holdsFollowUps));
    }

    // ---- import duplicate matching: a dry run of a file naming both records -----------------------------------

    private List<ReadPath> importPaths() {
        return List.of(
                ReadPath.of("contact import matching by email", CONTACT, s -> {
                    ImportReport report = dryRun(ImportType.CONTACTS, "First name,Last name,E-mail,Job title\r\n"
                            + "Some,One," + s.control.email() + ",Overwritten\r\n"
                            + "Some,One," + s.guarded.email() + ",Overwritten\r\n", s);
                    return new Sighting(matched(outcome(report, 2)),
                            matchedOrHidden(outcome(report, 3), "importexport.problem.hidden-match", s));
                }).from(Role.OFFICER),
                ReadPath.of("engagement import matching by id", ENGAGEMENT, s -> {
                    ImportReport report = dryRun(ImportType.ENGAGEMENTS, "Date,Time,Title,Participants,ID\r\n"
                            + importRow(s.controlMeeting, s) + importRow(s.guardedMeeting, s), s);
                    return new Sighting(matched(outcome(report, 2)),
                            matchedOrHidden(outcome(report, 3), "importexport.problem.hidden-engagement-match", s));
                }).from(Role.OFFICER));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static ContactFilter atOrganization(AccessScene s) {
        return ContactFilter.NONE.withOrganization(s.organizationId);
    }

    /** The scene's weeks: from the plan's start to the scene's day. */
    private static EngagementFilter duringScene(AccessScene s) {
        return EngagementFilter.NONE.withPeriod(s.day.minusDays(60).atStartOfDay(ZoneOffset.UTC).toInstant(),
                s.day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Sighting contactIds(Collection<ContactRow> rows, AccessScene s) {
        return Sighting.among(rows.stream().map(ContactRow::id).toList(), s.control.id(), s.guarded.id());
    }

    private static Sighting meetingIds(Collection<EngagementRow> rows, AccessScene s) {
        return Sighting.among(rows.stream().map(EngagementRow::id).toList(), s.controlMeeting.id(),
                s.guardedMeeting.id());
    }

    private static Sighting followUpMeetings(Collection<FollowUpRow> rows, AccessScene s) {
        return Sighting.among(rows.stream().map(FollowUpRow::engagementId).toList(), s.controlMeeting.id(),
                s.guardedMeeting.id());
    }

    /** A date that is the protected meeting's day gives the meeting away; the control meeting's is what may show. */
    private static Sighting lastEngaged(LocalDate shown, AccessScene s) {
        return new Sighting(shown != null, s.guardedMeeting.day().equals(shown));
    }

    private static boolean holdsFollowUps(AccessReader reader) {
        return reader == AccessReader.OWNER || reader == AccessReader.OFFICER_HOLDING_FOLLOW_UP;
    }

    private static <T> List<T> allPages(IntFunction<List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int number = 0; ; number++) {
            List<T> rows = page.apply(number);
            all.addAll(rows);
            if (rows.size() < LONG_PAGE) {
                return all;
            }
        }
    }

    private List<Long> countryContacts(AccessScene s) {
        ContactFilter filter = ContactFilter.NONE.withCountry(AccessScene.COUNTRY);
        return allPages(page -> x.contacts().rows(filter, PageRequest.of(page, LONG_PAGE))).stream()
                .map(ContactRow::id).toList();
    }

    private List<Long> retentionReview() {
        return allPages(page -> x.contacts().notEngagedSince(x.retention().cutoff(),
                PageRequest.of(page, LONG_PAGE))).stream().map(ContactRow::id).toList();
    }

    private List<QuietContact> goingCold() {
        int days = x.dashboard().goingColdDays();
        return allPages(page -> x.dashboard().goingCold(days, PageRequest.of(page, LONG_PAGE)));
    }

    private List<OutreachTargetRow> targets(AccessScene s) {
        List<OutreachTargetRow> all = new ArrayList<>();
        for (TargetStatus status : TargetStatus.values()) {
            all.addAll(x.outreach().targets(s.planId, status, Pageable.unpaged(), Locale.ENGLISH));
        }
        return all;
    }

    private static List<StakeholderPoint> points(StakeholderMap map) {
        List<StakeholderPoint> all = new ArrayList<>(map.points());
        all.addAll(map.notPlaced());
        return all;
    }

    private DashboardService onSceneDay(AccessScene s) {
        return DashboardsOn.day(s.day, x.countries(), x.engagements(), x.followUps(), x.campaigns(), x.contacts());
    }

    /** Whether the series has a count in the month the meeting started. */
    private static boolean value(MonthlySeries series, FigureLabel label, AccessScene.Meeting meeting) {
        int month = series.months().indexOf(YearMonth.from(meeting.day()));
        return series.series().stream().filter(one -> one.label().equals(label)).map(FigureSeries::values)
                .anyMatch(values -> month >= 0 && values.get(month) > 0);
    }

    // exports

    @FunctionalInterface
    private interface Export {
        void to(OutputStream out) throws Exception;
    }

    private static String export(Export export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ContactExport ticked(AccessScene s) {
        return new ContactExport(ContactFilter.NONE, Sort.unsorted(), List.of(),
                List.of(s.control.id(), s.guarded.id()));
    }

    private static Sighting emails(String text, AccessScene s) {
        return Sighting.inText(text, s.control.email(), s.guarded.email());
    }

    private static Sighting titles(String text, AccessScene s) {
        return Sighting.inText(text, s.controlMeeting.title(), s.guardedMeeting.title());
    }

    private static Sighting people(String text, AccessScene s) {
        return Sighting.inText(text, s.control.reference(), s.guarded.reference());
    }

    // imports

    private ImportReport dryRun(ImportType type, String csv, AccessScene s) {
        String name = "access-" + s.marker + "-" + type.name().toLowerCase(Locale.ROOT) + ".csv";
        try (ImportFile file = x.imports().open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                name)) {
            String sheet = file.sheetNames().getFirst();
            SheetLayout layout = x.imports().layout(file, sheet, type, Optional.empty());
            ImportReport report = x.imports().run(file, new ImportRequest(type, sheet, layout.headerRowNumber(),
                    layout.mapping(), DuplicateMode.UPDATE, Sensitivity.NORMAL, false, false, true),
                    ImportProgress.NONE, Locale.ENGLISH);
            if (!report.dryRun() || report.written()) {
                throw new AssertionError("a dry run wrote: " + report);
            }
            return report;
        }
    }

    private static String importRow(AccessScene.Meeting meeting, AccessScene s) {
        return meeting.day() + ",10:00,Overwritten " + s.marker + "," + s.control.email() + "," + meeting.id()
                + "\r\n";
    }

    private static RowOutcome outcome(ImportReport report, int rowNumber) {
        return report.outcomes().stream().filter(outcome -> outcome.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for row " + rowNumber + ": " + report));
    }

    private static boolean matched(RowOutcome outcome) {
        return outcome.action() == RowAction.UPDATE || outcome.action() == RowAction.SKIP;
    }

    /**
     * True when the row matched the protected record; false when it was refused as a conflict that says nothing of
     * the record (neither its id nor its name). Anything else (a match that names it in a refusal, a new record
     * created beside it) fails the cell.
     */
    private static boolean matchedOrHidden(RowOutcome outcome, String hiddenProblem, AccessScene s) {
        if (matched(outcome)) {
            return true;
        }
        boolean conflict = outcome.action() == RowAction.REJECT && outcome.problems().size() == 1
                && outcome.problems().getFirst().messageKey().equals(hiddenProblem)
                && outcome.problems().getFirst().args().length == 0 && outcome.reasonArgs().isEmpty()
                && !outcome.toString().contains(s.guarded.displayName())
                && !outcome.toString().contains(s.guardedMeeting.title());
        if (!conflict) {
            throw new AssertionError("neither a match nor a conflict without details: " + outcome);
        }
        return false;
    }
}
