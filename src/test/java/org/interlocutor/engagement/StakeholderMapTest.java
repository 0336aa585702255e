package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactBulkWriter;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactSeed;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A campaign's stakeholder map: who is on it on a date, where they stood then, how recently they had been engaged,
 * and what the need-to-know rules leave out. Each test has a campaign of its own. Contacts are entered now; the test
 * moves their entry (and their position changes) back in time with plain SQL, as if they had been made then.
 */
@IntegrationTest
@WithStaff(username = StakeholderMapTest.ME, role = Role.OFFICER)
class StakeholderMapTest {

    static final String ME = "map.officer";
    static final String COLLEAGUE = "map.colleague";
    private static final LocalDate JUNE_1 = LocalDate.of(2021, 6, 1);

    @Autowired
    StakeholderMapService maps;
    @Autowired
    EngagementService engagements;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactBulkWriter contactWriter;
    @Autowired
    EngagementBulkWriter engagementWriter;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private final String marker = "map" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private long campaign;

    @BeforeEach
    void newCampaign() {
        KeyHolder keys = new GeneratedKeyHolder();
        Instant now = Instant.now();
        jdbc.sql("insert into campaign (name, status, sort_name, archived, created_at, created_by, updated_at,"
                        + " updated_by, version) values (:name, 'ACTIVE', :name, false, :now, 'test', :now, 'test', 0)")
                .param("name", "campaign " + marker).param("now", now).update(keys, "id");
        campaign = keys.getKey().longValue();
    }

    private ContactDetails contact(String as, String familyName, @Nullable Integer influence, Stance stance,
                                   Sensitivity sensitivity) {
        return users.as(as, Role.OFFICER, () -> {
            ContactDetails created = contacts.create(ContactDraft.of("Amina", familyName + " " + marker,
                    StakeholderCategory.STATE_PARTY_REPRESENTATIVE).withPosition(influence, stance)
                    .withSensitivity(sensitivity, null), null);
            enteredOn(created.id(), "2020-01-01");
            return created;
        });
    }

    private ContactDetails contact(String familyName, @Nullable Integer influence, Stance stance) {
        return contact(ME, familyName, influence, stance, Sensitivity.NORMAL);
    }

    private void enteredOn(long contactId, String day) {
        jdbc.sql("update contact set created_at = ? where id = ?").param(Instant.parse(day + "T08:00:00Z"))
                .param(contactId).update();
    }

    private static Instant on(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private static Instant on(String day) {
        return on(LocalDate.parse(day));
    }

    /** Logs a meeting as {@code as}, in this test's campaign unless {@code inCampaign} is false. */
    private EngagementDetails meeting(String as, Instant at, boolean inCampaign, Sensitivity sensitivity,
                                      Set<Long> staff, ContactDetails... people) {
        return users.as(as, Role.OFFICER, () -> {
            Set<Long> present = new java.util.HashSet<>(staff);
            present.add(users.ensure(as, Role.OFFICER).id());
            Set<Long> participants = new java.util.HashSet<>();
            for (ContactDetails person : people) {
                participants.add(person.id());
            }
            return engagements.create(new EngagementDraft(EngagementKind.MEETING, at, null, null,
                    "Meeting " + marker, null, null, participants, Set.of(), present,
                    inCampaign ? Set.of(campaign) : Set.of(), sensitivity, List.of()));
        });
    }

    private EngagementDetails campaignMeeting(Instant at, ContactDetails... people) {
        return meeting(ME, at, true, Sensitivity.NORMAL, Set.of(), people);
    }

    private StakeholderMap map(@Nullable LocalDate asOf) {
        return maps.map(campaign, asOf);
    }

    private static List<Long> ids(List<StakeholderPoint> points) {
        return points.stream().map(StakeholderPoint::contactId).toList();
    }

    // ---- who is on the map, where ------------------------------------------------------------------------------

    @Test
    void theMapOfAnEarlierDayPlacesThoseEngagedByThenAsTheyStoodThen() {
        ContactDetails amina = contact("Changed", 2, Stance.OPPOSED);
        ContactDetails moved = contacts.changePosition(amina.id(), amina.version(), 5, Stance.SUPPORTIVE);
        jdbc.sql("update contact_position_change set changed_at = ? where contact_id = ?")
                .param(on("2022-06-15")).param(amina.id()).update();
        ContactDetails unplaced = contact("Unplaced", null, Stance.NEUTRAL);
        ContactDetails enteredLater = contact("Later", 3, Stance.NEUTRAL);
        enteredOn(enteredLater.id(), "2021-12-01");
        ContactDetails engagedLater = contact("Engaged later", 4, Stance.NEUTRAL);
        ContactDetails elsewhere = contact("Elsewhere", 4, Stance.NEUTRAL);
        campaignMeeting(on("2021-03-01"), amina, enteredLater);
        campaignMeeting(on("2021-02-01"), unplaced);
        campaignMeeting(on("2021-09-01"), engagedLater);
        meeting(ME, on("2021-03-01"), false, Sensitivity.NORMAL, Set.of(), elsewhere);

        StakeholderMap then = map(JUNE_1);

        assertThat(then.asOf()).isEqualTo(JUNE_1);
        assertThat(then.today()).isFalse();
        assertThat(then.points()).as("entered after the day, or engaged in the campaign after it: not on it")
                .extracting(StakeholderPoint::contactId, StakeholderPoint::influence, StakeholderPoint::stance)
                .containsExactly(tuple(amina.id(), 2, Stance.OPPOSED));
        assertThat(then.placedCount()).isEqualTo(1);
        assertThat(ids(then.notPlaced())).containsExactly(unplaced.id());
        assertThat(then.notPlacedCount()).isEqualTo(1);

        StakeholderMap now = map(null);

        assertThat(now.today()).isTrue();
        assertThat(now.asOf()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(now.points()).extracting(StakeholderPoint::contactId, StakeholderPoint::influence,
                        StakeholderPoint::stance, StakeholderPoint::version)
                .containsExactly(tuple(amina.id(), 5, Stance.SUPPORTIVE, moved.version()),
                        tuple(engagedLater.id(), 4, Stance.NEUTRAL, engagedLater.version()),
                        tuple(enteredLater.id(), 3, Stance.NEUTRAL, enteredLater.version()));
        assertThat(ids(now.notPlaced())).containsExactly(unplaced.id());
    }

    @Test
    void aDayAfterTodayShowsTodaysMap() {
        ContactDetails amina = contact("Future", 3, Stance.NEUTRAL);
        campaignMeeting(on("2021-03-01"), amina);

        StakeholderMap map = map(LocalDate.now(ZoneOffset.UTC).plusDays(10));

        assertThat(map.today()).isTrue();
        assertThat(map.asOf()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(ids(map.points())).containsExactly(amina.id());
    }

    @Test
    void recencyIsCountedBackFromTheMapsDayOverEveryEngagementUpToIt() {
        ContactDetails recent = contact("Recent", 3, Stance.NEUTRAL);
        ContactDetails weeks = contact("Weeks", 3, Stance.NEUTRAL);
        ContactDetails months = contact("Months", 3, Stance.NEUTRAL);
        ContactDetails longAgo = contact("Long ago", 3, Stance.NEUTRAL);
        campaignMeeting(on("2019-06-01"), recent, weeks, months, longAgo);
        meeting(ME, on(JUNE_1.minusDays(30)), false, Sensitivity.NORMAL, Set.of(), recent);
        campaignMeeting(on(JUNE_1.minusDays(31)), weeks);
        campaignMeeting(on(JUNE_1.minusDays(200)), months);
        campaignMeeting(on(JUNE_1.plusDays(1)), longAgo);

        StakeholderMap map = map(JUNE_1);

        assertThat(map.points()).as("the most recently engaged first, at equal influence")
                .extracting(StakeholderPoint::contactId, StakeholderPoint::recency, StakeholderPoint::lastEngagedOn)
                .containsExactly(tuple(recent.id(), Recency.WITHIN_30_DAYS, JUNE_1.minusDays(30)),
                        tuple(weeks.id(), Recency.DAYS_31_TO_90, JUNE_1.minusDays(31)),
                        tuple(months.id(), Recency.DAYS_91_TO_365, JUNE_1.minusDays(200)),
                        tuple(longAgo.id(), Recency.LONGER_OR_NEVER, LocalDate.of(2019, 6, 1)));
        assertThat(map(JUNE_1.plusDays(1)).points()).as("the next day, the meeting of that day counts")
                .filteredOn(point -> point.contactId() == longAgo.id()).singleElement()
                .extracting(StakeholderPoint::recency).isEqualTo(Recency.WITHIN_30_DAYS);
    }

    @Test
    void theMostInfluentialAndMostRecentlyEngagedComeFirstUpToTheCap() {
        int many = StakeholderMapService.MAX_POINTS + 1;
        List<ContactSeed> seeds = new ArrayList<>();
        IntStream.range(0, many).forEach(i -> seeds.add(seed("Minor" + i, 1)));
        seeds.add(seed("Key", 5));
        seeds.add(seed("Keener", 5));
        seeds.add(seed("Unplaced", null));
        List<Long> ids = contactWriter.insert(seeds, ME);
        long key = ids.get(many);
        long keener = ids.get(many + 1);
        long me = users.ensure(ME, Role.OFFICER).id();
        users.runAs("map.admin", Role.ADMIN, () -> {
            engagementWriter.insert(List.of(seed(on("2021-03-01"), me, ids)), "test");
            engagementWriter.insert(List.of(seed(on("2021-05-01"), me, List.of(keener))), "test");
        });
        ids.forEach(id -> enteredOn(id, "2020-01-01"));

        StakeholderMap map = map(JUNE_1);

        assertThat(map.placedCount()).isEqualTo(many + 2);
        assertThat(map.points()).hasSize(StakeholderMapService.MAX_POINTS);
        assertThat(map.leftOut()).isEqualTo(3);
        assertThat(ids(map.points().subList(0, 2))).containsExactly(keener, key);
        assertThat(map.points().subList(2, map.points().size())).extracting(StakeholderPoint::influence)
                .containsOnly(1);
        assertThat(map.notPlacedCount()).isEqualTo(1);
        assertThat(map.notPlacedLeftOut()).isZero();
    }

    private ContactSeed seed(String familyName, @Nullable Integer influence) {
        return new ContactSeed(ContactDraft.of("Bulk", familyName + " " + marker, StakeholderCategory.CIVIL_SOCIETY)
                .withPosition(influence, Stance.NEUTRAL), List.of(), null);
    }

    private EngagementSeed seed(Instant at, long owner, List<Long> participants) {
        return new EngagementSeed(EngagementKind.MEETING, at, null, null, "Bulk " + marker, null, null,
                Sensitivity.NORMAL, owner, participants.stream().map(id -> new ParticipantFacts(id,
                        Sensitivity.NORMAL, StakeholderCategory.CIVIL_SOCIETY, null, null, Set.of())).toList(),
                List.of(), List.of(owner), List.of(campaign), List.of());
    }

    // ---- need-to-know ----------------------------------------------------------------------------------------

    @Test
    void aConfidentialParticipantIsOnTheMapOnlyForThoseWhoMaySeeThem() {
        long me = users.ensure(ME, Role.OFFICER).id();
        ContactDetails defender = contact(COLLEAGUE, "Defender", 4, Stance.SUPPORTIVE, Sensitivity.CONFIDENTIAL);
        ContactDetails diplomat = contact("Diplomat", 3, Stance.NEUTRAL);
        // present at the meeting, the officer sees it, but not the confidential defender
        meeting(COLLEAGUE, on("2021-03-01"), true, Sensitivity.NORMAL, Set.of(me), defender, diplomat);

        assertThat(ids(map(JUNE_1).points())).containsExactly(diplomat.id());
        assertThat(map(JUNE_1).placedCount()).isEqualTo(1);
        assertThat(users.as(COLLEAGUE, Role.OFFICER, () -> ids(map(JUNE_1).points())))
                .containsExactly(defender.id(), diplomat.id());
        campaignMeeting(on("2021-04-01"), diplomat);
        assertThat(users.as("map.manager", Role.MANAGER, () -> ids(map(JUNE_1).points())))
                .as("confidential: not for managers either").containsExactly(diplomat.id());
    }

    @Test
    void anEngagementTheReaderMayNotSeeNeitherPutsAContactOnTheMapNorMakesThemRecent() {
        ContactDetails amina = contact("Met openly", 3, Stance.NEUTRAL);
        ContactDetails omar = contact("Met privately", 3, Stance.NEUTRAL);
        campaignMeeting(on("2019-06-01"), amina);
        meeting(COLLEAGUE, on(JUNE_1.minusDays(3)), false, Sensitivity.RESTRICTED, Set.of(), amina);
        meeting(COLLEAGUE, on(JUNE_1.minusDays(3)), true, Sensitivity.RESTRICTED, Set.of(), omar);

        StakeholderMap mine = map(JUNE_1);

        assertThat(mine.points()).extracting(StakeholderPoint::contactId, StakeholderPoint::recency,
                        StakeholderPoint::lastEngagedOn)
                .containsExactly(tuple(amina.id(), Recency.LONGER_OR_NEVER, LocalDate.of(2019, 6, 1)));
        assertThat(mine.placedCount()).isEqualTo(1);
        assertThat(users.as(COLLEAGUE, Role.OFFICER, () -> map(JUNE_1).points()))
                .extracting(StakeholderPoint::contactId, StakeholderPoint::recency)
                .containsExactlyInAnyOrder(tuple(amina.id(), Recency.WITHIN_30_DAYS),
                        tuple(omar.id(), Recency.WITHIN_30_DAYS));
    }
}
