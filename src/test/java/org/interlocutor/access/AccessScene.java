package org.interlocutor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.outreach.OutreachPlanDraft;
import org.interlocutor.outreach.OutreachPriority;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.Sensitivity;

/**
 * The records the access matrix reads, for one sensitivity (RESTRICTED or CONFIDENTIAL), under a marker and on days
 * of their own so that no other test's data can change what a path shows:
 * <ul>
 * <li>the <b>protected contact</b>: owned by the owner, influence 5 (changed from 4, so it has a position history),
 * supportive, in Samoa and at the organisation, with an email, entered long ago and last engaged long ago (going
 * cold);</li>
 * <li>the <b>protected meeting</b>, a briefing five days before the scene's day with the protected contact and the
 * control contact, listing the organisation, in the campaign, with a follow-up;</li>
 * <li>NORMAL controls that every reader sees: the <b>control contact</b> (San Marino, influence 5, at the
 * organisation), the <b>compatriot</b> (Samoa, not at the organisation) and the <b>control meeting</b>, forty days
 * before the day (the month before), with the control contact only, in the campaign, with a follow-up;</li>
 * <li>an outreach plan of the campaign targeting both people; a campaign and an organisation of the scene's own.</li>
 * </ul>
 * The scene's day is in a year between 1901 and 1988 that nothing else uses (other tests keep to 1990 and later), so
 * that dashboards read on it and lists over its weeks count the scene's meetings only. Each scene has its own
 * accounts, so that counts per colleague are the scene's too.
 */
final class AccessScene {

    /** The protected contact's country, the organisation's, and so the protected meeting's. */
    static final String COUNTRY = "WS";
    /** The control contact's country, reached by both meetings. */
    static final String CONTROL_COUNTRY = "SM";

    private static final Set<Integer> TAKEN_YEARS = ConcurrentHashMap.newKeySet();

    /** A person of the scene: id, name as lists show it, main email. */
    record Person(long id, String displayName, String email) {

        /** As exports and imports write a reference to the person: "Name [id]". */
        String reference() {
            return displayName + " [" + id + "]";
        }
    }

    /** A meeting of the scene. */
    record Meeting(long id, String title, Instant startedAt) {

        LocalDate day() {
            return LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
        }
    }

    final Sensitivity sensitivity;
    final String marker;
    /** The scene's "today" for dashboards: the protected meeting is in its month, the control meeting the month before. */
    final LocalDate day;
    final long ownerId;
    final long organizationId;
    final long campaignId;
    final String campaignName;
    final long planId;
    final Person guarded;
    final Person control;
    final Person compatriot;
    final Meeting guardedMeeting;
    final Meeting controlMeeting;
    /** How many follow-ups each meeting has: its owner's, and one per reader holding one. */
    final int followUpsPerMeeting;
    private final Map<AccessReader, String> usernames;
    private final AccessServices services;

    private AccessScene(Builder built) {
        sensitivity = built.sensitivity;
        marker = built.marker;
        day = built.day;
        ownerId = built.ownerId;
        organizationId = built.organizationId;
        campaignId = built.campaignId;
        campaignName = built.campaignName;
        planId = built.planId;
        guarded = built.guarded;
        control = built.control;
        compatriot = built.compatriot;
        guardedMeeting = built.guardedMeeting;
        controlMeeting = built.controlMeeting;
        followUpsPerMeeting = built.followUpsPerMeeting;
        usernames = Map.copyOf(built.usernames);
        services = built.services;
    }

    /** Builds the scene of this sensitivity with accounts named after {@code tag} (one per test class and scene). */
    static AccessScene build(Sensitivity sensitivity, String tag, AccessServices services) {
        return new AccessScene(new Builder(sensitivity, tag, services).build());
    }

    /** Runs the read signed in as the reader, as the login form would sign them in. */
    <T> T as(AccessReader reader, Supplier<T> read) {
        return services.users().as(usernames.get(reader), reader.role, read);
    }

    String username(AccessReader reader) {
        return usernames.get(reader);
    }

    /**
     * Makes the records, as their owner, then gives each reader the access its constant says. The methods a reader's
     * {@link AccessReader.AccessStep} calls run signed in as the owner.
     */
    static final class Builder {

        private final Sensitivity sensitivity;
        private final AccessServices services;
        private final String marker;
        private final LocalDate day;
        private final Map<AccessReader, String> usernames = new EnumMap<>(AccessReader.class);
        private final String owner;
        private final String planner;
        private long ownerId;
        private long organizationId;
        private long campaignId;
        private String campaignName = "";
        private long planId;
        private Person guarded;
        private Person control;
        private Person compatriot;
        private Meeting guardedMeeting;
        private Meeting controlMeeting;
        private int followUpsPerMeeting = 1;

        private Builder(Sensitivity sensitivity, String tag, AccessServices services) {
            this.sensitivity = sensitivity;
            this.services = services;
            this.marker = "acc" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
            this.day = LocalDate.of(freeYear(), 6, 20);
            String prefix = "acc-" + tag + "-" + sensitivity.name().substring(0, 1).toLowerCase(Locale.ROOT) + ".";
            for (AccessReader reader : AccessReader.values()) {
                usernames.put(reader, prefix + reader.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            this.owner = usernames.get(AccessReader.OWNER);
            this.planner = prefix + "planner";
        }

        private static int freeYear() {
            int year;
            do {
                year = 1901 + ThreadLocalRandom.current().nextInt(88);
            } while (!TAKEN_YEARS.add(year));
            return year;
        }

        private Builder build() {
            Map<AccessReader, Long> ids = new EnumMap<>(AccessReader.class);
            usernames.forEach((reader, username) -> ids.put(reader, services.users().ensure(username, reader.role).id()));
            ownerId = ids.get(AccessReader.OWNER);
            services.users().ensure(planner, Role.MANAGER);
            asOwner(this::records);
            services.users().runAs(planner, Role.MANAGER, this::campaignPlan);
            for (AccessReader reader : AccessReader.values()) {
                asOwner(() -> reader.access.give(this, ids.get(reader)));
            }
            return this;
        }

        private void records() {
            organizationId = services.organizations().create(new OrganizationDraft("Mission " + marker, null,
                    OrganizationKind.PERMANENT_MISSION, COUNTRY, null, null, null)).id();
            campaignName = "Campaign " + marker;
            campaignId = services.users().as(planner, Role.MANAGER, () -> services.campaigns().create(
                    new CampaignDraft(campaignName, null, null, null, null, CampaignStatus.ACTIVE))).id();
            guarded = person("Protected", COUNTRY, 4, Stance.SUPPORTIVE, sensitivity, true);
            control = person("Control", CONTROL_COUNTRY, 4, Stance.NEUTRAL, Sensitivity.NORMAL, true);
            compatriot = person("Compatriot", COUNTRY, null, Stance.UNKNOWN, Sensitivity.NORMAL, false);
            for (Person person : List.of(guarded, control, compatriot)) {
                // entered long before the scene's day, so that maps and reviews of those days count them
                services.jdbc().sql("update contact set created_at = ? where id = ?")
                        .param(day.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant()).param(person.id())
                        .update();
            }
            controlMeeting = meeting(EngagementKind.MEETING, "Control meeting " + marker, day.minusDays(40),
                    Set.of(control.id()), Set.of(), Sensitivity.NORMAL,
                    new FollowUpDraft("Control follow-up " + marker, ownerId, day, Set.of(control.id())));
            guardedMeeting = meeting(EngagementKind.BRIEFING, "Protected briefing " + marker, day.minusDays(5),
                    Set.of(guarded.id(), control.id()), Set.of(organizationId), sensitivity,
                    new FollowUpDraft("Protected follow-up " + marker, ownerId, day,
                            Set.of(guarded.id(), control.id())));
        }

        /** A plan of the campaign from two months before the scene's day, targeting both people. */
        private void campaignPlan() {
            asOwner(() -> services.contacts().grantAccess(guarded.id(),
                    services.users().ensure(planner, Role.MANAGER).id()));
            planId = services.outreach().create(campaignId, new OutreachPlanDraft("Plan " + marker, ownerId,
                    day.minusDays(60), day.plusDays(10), OutreachPriority.MEDIUM, null)).id();
            services.outreach().addContacts(planId, List.of(control.id(), guarded.id()));
        }

        private Person person(String role, String country, Integer influence, Stance stance,
                              Sensitivity personSensitivity, boolean atOrganization) {
            String family = "Aa " + role + " " + marker;
            String email = role.toLowerCase(Locale.ROOT) + "." + marker + "@example.org";
            ContactDraft draft = new ContactDraft(null, "Pat", family, "Adviser",
                    StakeholderCategory.HUMAN_RIGHTS_DEFENDER, country, null, Set.of(),
                    List.of(new EmailEntry(email, null, true)), List.of(), ownerId, influence, stance,
                    personSensitivity, null, null, Set.of());
            ContactDetails created = services.contacts().create(draft, atOrganization
                    ? new AffiliationDraft(organizationId, "Adviser", null, null, true) : null);
            if (influence != null) {
                created = services.contacts().changePosition(created.id(), created.version(), influence + 1, stance);
            }
            return new Person(created.id(), created.displayName(), email);
        }

        private Meeting meeting(EngagementKind kind, String title, LocalDate on, Set<Long> participants,
                                Set<Long> organizations, Sensitivity chosen, FollowUpDraft followUp) {
            Instant at = on.atTime(10, 0).toInstant(ZoneOffset.UTC);
            EngagementDetails logged = services.engagements().create(new EngagementDraft(kind, at, null, "Apia",
                    title, "Notes of " + title, null, participants, organizations, Set.of(ownerId),
                    Set.of(campaignId), chosen, List.of(followUp)));
            assertThat(logged.row().sensitivity()).isEqualTo(chosen);
            return new Meeting(logged.id(), title, at);
        }

        private void asOwner(Runnable step) {
            services.users().runAs(owner, Role.OFFICER, step);
        }

        // ---- the steps that give a reader access ---------------------------------------------------------------

        void grantContact(long userId) {
            services.contacts().grantAccess(guarded.id(), userId);
        }

        void seatAtMeeting(long userId) {
            changeStaff(staff -> staff.add(userId));
        }

        void assignFollowUps(long userId) {
            services.followUps().add(guardedMeeting.id(), new FollowUpDraft("Protected follow-up " + marker
                    + " for a colleague", userId, day, Set.of(guarded.id(), control.id())));
            services.followUps().add(controlMeeting.id(), new FollowUpDraft("Control follow-up " + marker
                    + " for a colleague", userId, day, Set.of(control.id())));
            followUpsPerMeeting++;
        }

        void grantEngagement(long userId) {
            services.engagements().grantAccess(guardedMeeting.id(), userId);
        }

        /** Run as the administrator, who asks for the access themselves; the owner grants nothing. */
        void breakGlass(long userId) {
            services.users().runAs(usernames.get(AccessReader.ADMIN_AFTER_BREAK_GLASS), Role.ADMIN, () -> {
                String reason = "Access matrix: the owner is unreachable and the person's safety is at stake";
                assertThat(services.contacts().breakGlass(guarded.id(), reason)).isPresent();
                assertThat(services.engagements().breakGlass(guardedMeeting.id(), reason)).isPresent();
            });
        }

        void grantThenRevoke(long userId) {
            services.contacts().grantAccess(guarded.id(), userId);
            services.contacts().revokeAccess(guarded.id(), userId);
            changeStaff(staff -> staff.add(userId));
            changeStaff(staff -> staff.remove(userId));
        }

        private void changeStaff(java.util.function.Consumer<Set<Long>> change) {
            EngagementDetails now = services.engagements().find(guardedMeeting.id()).orElseThrow();
            EngagementDraft draft = now.toDraft();
            Set<Long> staff = new HashSet<>(now.staff().stream().map(StaffMember::id).toList());
            change.accept(staff);
            services.engagements().update(now.id(), now.version(), new EngagementDraft(draft.kind(),
                    draft.startedAt(), draft.endedAt(), draft.place(), draft.title(), draft.notes(), draft.outcome(),
                    draft.participantIds(), draft.organizationIds(), staff, draft.campaignIds(), draft.sensitivity(),
                    List.of()));
        }
    }
}
