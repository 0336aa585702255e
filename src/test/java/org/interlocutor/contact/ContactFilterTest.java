package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Each part of a contacts list's filter narrows the list, and lists sort and page. Every test works on contacts
 * carrying its own marker in their family name and adds the marker to the filter's text, so that what other tests
 * left in the database does not count.
 */
@IntegrationTest
@WithStaff(username = "filter.officer", role = Role.OFFICER)
class ContactFilterTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;
    @Autowired
    EngagementService engagements;
    @Autowired
    Clock clock;

    private final String marker = "flt" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final ContactFilter mine = ContactFilter.NONE.withText(marker);

    @Test
    void textFindsNamesIgnoringCaseAndAccents() {
        long jose = create(ContactDraft.of("José", "Ñúñez " + marker, StakeholderCategory.OTHER));
        create(ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER));

        assertThat(listed(ContactFilter.NONE.withText("jose nunez " + marker))).containsExactly(jose);
        assertThat(listed(ContactFilter.NONE.withText("JOSÉ ÑÚÑEZ " + marker))).containsExactly(jose);
        assertThat(listed(ContactFilter.NONE.withText("  José Núnez " + marker + "  "))).containsExactly(jose);
    }

    @Test
    void textFindsEmailAddresses() {
        long diallo = create(ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry("amina.diallo." + marker + "@mission-sn.example", null, true))));
        create(ContactDraft.of("Piet", "Visser " + marker, StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry("p.visser." + marker + "@minbuza.example", null, true))));

        assertThat(listed(ContactFilter.NONE.withText("diallo." + marker + "@mission-sn"))).containsExactly(diallo);
    }

    @Test
    void textFindsTheCurrentOrganisationByNameOrAcronymIgnoringAccents() {
        long ministry = organizations.create(new OrganizationDraft("Ministère des Affaires étrangères " + marker,
                "MAE" + marker, OrganizationKind.GOVERNMENT, null, null, null, null)).id();
        long visser = create(ContactDraft.of("Piet", "Visser " + marker, StakeholderCategory.OTHER),
                new AffiliationDraft(ministry, null, null, null, true));
        create(ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER));

        assertThat(listed(ContactFilter.NONE.withText("affaires etrangeres " + marker))).containsExactly(visser);
        assertThat(listed(ContactFilter.NONE.withText("mae" + marker))).containsExactly(visser);
    }

    @Test
    void wildcardsTypedInTheSearchBoxAreTakenLiterally() {
        create(ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER));

        assertThat(listed(ContactFilter.NONE.withText("d_allo " + marker))).isEmpty();
        assertThat(listed(ContactFilter.NONE.withText("d%o " + marker))).isEmpty();
    }

    @Test
    void categoriesNarrowToContactsOfAnyChosenCategory() {
        long defender = create(ContactDraft.of("Defender", marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER));
        create(ContactDraft.of("Scholar", marker, StakeholderCategory.ACADEMIA));
        long journalist = create(ContactDraft.of("Journalist", marker, StakeholderCategory.MEDIA));

        assertThat(listed(mine.withCategories(Set.of(StakeholderCategory.HUMAN_RIGHTS_DEFENDER,
                StakeholderCategory.MEDIA)))).containsExactlyInAnyOrder(defender, journalist);
        assertThat(listed(mine.withCategories(Set.of()))).hasSize(3);
    }

    @Test
    void countryNarrowsToContactsOfThatCountry() {
        long senegalese = create(ContactDraft.of("Awa", marker, StakeholderCategory.OTHER).withCountry("SN"));
        create(ContactDraft.of("Claire", marker, StakeholderCategory.OTHER).withCountry("FR"));
        create(ContactDraft.of("Nobody", marker, StakeholderCategory.OTHER));

        assertThat(listed(mine.withCountry("SN"))).containsExactly(senegalese);
    }

    @Test
    void regionalGroupNarrowsToContactsOfCountriesInThatGroup() {
        long senegalese = create(ContactDraft.of("Awa", marker, StakeholderCategory.OTHER).withCountry("SN"));
        long kenyan = create(ContactDraft.of("Wanjiru", marker, StakeholderCategory.OTHER).withCountry("KE"));
        create(ContactDraft.of("Claire", marker, StakeholderCategory.OTHER).withCountry("FR"));
        create(ContactDraft.of("Nobody", marker, StakeholderCategory.OTHER));

        assertThat(listed(mine.withRegionalGroup(RegionalGroup.AFRICAN)))
                .containsExactlyInAnyOrder(senegalese, kenyan);
        assertThat(listed(mine.withRegionalGroup(RegionalGroup.EASTERN_EUROPEAN))).isEmpty();
    }

    @Test
    void tagNarrowsToTaggedContacts() {
        String tag = "ASP side event " + marker;
        long tagged = create(ContactDraft.of("Tagged", marker, StakeholderCategory.OTHER).withTags(Set.of(tag)));
        create(ContactDraft.of("Untagged", marker, StakeholderCategory.OTHER)
                .withTags(Set.of("other tag " + marker)));
        long tagId = contacts.tags(tag, PageRequest.of(0, 5)).getFirst().id();

        assertThat(listed(mine.withTag(tagId))).containsExactly(tagged);
    }

    @Test
    void ownerNarrowsToTheContactsOfThatColleague() {
        long colleague = testUsers.ensure("filter.colleague", Role.OFFICER).id();
        long theirs = create(ContactDraft.of("Theirs", marker, StakeholderCategory.OTHER)
                .withSensitivity(Sensitivity.NORMAL, colleague));
        long ours = create(ContactDraft.of("Mine", marker, StakeholderCategory.OTHER));
        long me = testUsers.ensure("filter.officer", Role.OFFICER).id();

        assertThat(listed(mine.withOwner(colleague))).containsExactly(theirs);
        assertThat(listed(mine.withOwner(me))).containsExactly(ours);
    }

    @Test
    void sensitivityNarrowsToContactsOfThatSensitivity() {
        create(ContactDraft.of("Open", marker, StakeholderCategory.OTHER));
        long restricted = create(ContactDraft.of("Restricted", marker, StakeholderCategory.OTHER)
                .withSensitivity(Sensitivity.RESTRICTED, null));
        long confidential = create(ContactDraft.of("Confidential", marker, StakeholderCategory.OTHER)
                .withSensitivity(Sensitivity.CONFIDENTIAL, null));

        assertThat(listed(mine.withSensitivity(Sensitivity.RESTRICTED))).containsExactly(restricted);
        assertThat(listed(mine.withSensitivity(Sensitivity.CONFIDENTIAL))).containsExactly(confidential);
    }

    @Test
    void lastEngagedRangeNarrowsToContactsEngagedBetweenItsBoundsIncluded() {
        LocalDate today = LocalDate.now(clock);
        long longAgo = createEngagedOn("Long ago", today.minusDays(100));
        long recently = createEngagedOn("Recently", today.minusDays(10));
        long todays = createEngagedOn("Today", today);
        create(ContactDraft.of("Never", marker, StakeholderCategory.OTHER));

        assertThat(listed(mine.withEngaged(today.minusDays(30), today.minusDays(5)))).containsExactly(recently);
        assertThat(listed(mine.withEngaged(today.minusDays(10), null))).containsExactlyInAnyOrder(recently, todays);
        assertThat(listed(mine.withEngaged(null, today.minusDays(10)))).containsExactlyInAnyOrder(longAgo, recently);
        assertThat(listed(mine.withEngaged(today.minusDays(100), today.minusDays(100)))).containsExactly(longAgo);
        assertThat(contacts.list(mine.withEngaged(today, today), FIRST_PAGE).getContent())
                .extracting(ContactRow::lastEngagedOn).containsExactly(today);
    }

    @Test
    void aMeetingTheReaderMayNotSeeNeitherDatesNorFindsAPersonTheyMaySee() {
        LocalDate today = LocalDate.now(clock);
        long open = createEngagedOn("Open", today.minusDays(40));
        long colleague = testUsers.ensure("filter.colleague", Role.OFFICER).id();
        long secret = testUsers.as("filter.colleague", Role.OFFICER, () -> create(ContactDraft.of("Secret", marker,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, colleague)));
        // confidential through its other participant: the colleague's only
        meet("filter.colleague", today.minusDays(5), Set.of(open, secret));

        assertThat(listed(mine.withEngaged(today.minusDays(5), null))).isEmpty();
        assertThat(listed(mine.withEngaged(null, today.minusDays(40)))).containsExactly(open);
        assertThat(contacts.find(open).orElseThrow().lastEngagedOn()).isEqualTo(today.minusDays(40));
        assertThat(contacts.list(mine, FIRST_PAGE).getContent()).extracting(ContactRow::lastEngagedOn)
                .containsExactly(today.minusDays(40));
        assertThat(testUsers.as("filter.colleague", Role.OFFICER, () -> contacts.find(open).orElseThrow()
                .lastEngagedOn())).as("who was there").isEqualTo(today.minusDays(5));
    }

    @Test
    void aMeetingTheReaderMayNotSeeDoesNotMoveAPersonUpWhenSortingByLastEngaged() {
        LocalDate today = LocalDate.now(clock);
        long first = createEngagedOn("Aaron", today.minusDays(40));
        long open = createEngagedOn("Zoe", today.minusDays(60));
        long colleague = testUsers.ensure("filter.colleague", Role.OFFICER).id();
        long secret = testUsers.as("filter.colleague", Role.OFFICER, () -> create(ContactDraft.of("Secret", marker,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, colleague)));
        meet("filter.colleague", today.minusDays(1), Set.of(open, secret));

        Page<ContactRow> newestFirst = contacts.list(mine, PageRequest.of(0, 10,
                Sort.by("lastEngagedOn").descending()));

        // by name, as if unsorted: the stored day (yesterday's hidden meeting) would have put Zoe first
        assertThat(newestFirst.getContent()).extracting(ContactRow::id).containsExactly(first, open);
    }

    @Test
    void archiveStateChoosesActiveArchivedOrAllContacts() {
        long active = create(ContactDraft.of("Active", marker, StakeholderCategory.OTHER));
        ContactDetails toArchive = contacts.create(ContactDraft.of("Archived", marker, StakeholderCategory.OTHER),
                null);
        long archived = contacts.setArchived(toArchive.id(), toArchive.version(), true).id();

        assertThat(listed(mine)).as("active ones by default").containsExactly(active);
        assertThat(listed(mine.withArchiveState(ArchiveState.ACTIVE))).containsExactly(active);
        assertThat(listed(mine.withArchiveState(ArchiveState.ARCHIVED))).containsExactly(archived);
        assertThat(listed(mine.withArchiveState(ArchiveState.ALL))).containsExactlyInAnyOrder(active, archived);
    }

    @Test
    void organisationNarrowsToItsCurrentMembers() {
        LocalDate today = LocalDate.now(clock);
        long mission = organizations.create(organization("Mission " + marker)).id();
        long other = organizations.create(organization("Other mission " + marker)).id();
        long current = create(ContactDraft.of("Current", marker, StakeholderCategory.OTHER),
                new AffiliationDraft(mission, "Ambassador", today.minusYears(1), null, true));
        long leavingTomorrow = create(ContactDraft.of("Leaving", marker, StakeholderCategory.OTHER),
                new AffiliationDraft(mission, "Attaché", today.minusYears(1), today.plusDays(1), true));
        create(ContactDraft.of("LeftToday", marker, StakeholderCategory.OTHER),
                new AffiliationDraft(mission, "Intern", today.minusYears(1), today, false));
        create(ContactDraft.of("Former", marker, StakeholderCategory.OTHER),
                new AffiliationDraft(mission, "Counsellor", today.minusYears(3), today.minusDays(1), false));
        create(ContactDraft.of("Elsewhere", marker, StakeholderCategory.OTHER),
                new AffiliationDraft(other, null, null, null, true));

        assertThat(listed(ContactFilter.NONE.withOrganization(mission)))
                .containsExactlyInAnyOrder(current, leavingTomorrow);
    }

    @Test
    void filterPartsCombine() {
        long senegaleseDefender = create(ContactDraft.of("Awa", marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                .withCountry("SN"));
        create(ContactDraft.of("Claire", marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withCountry("FR"));
        create(ContactDraft.of("Moussa", marker, StakeholderCategory.MEDIA).withCountry("SN"));

        ContactFilter filter = mine.withCountry("SN").withCategories(Set.of(StakeholderCategory.HUMAN_RIGHTS_DEFENDER));

        assertThat(listed(filter)).containsExactly(senegaleseDefender);
        assertThat(contacts.count(filter)).isEqualTo(1);
        assertThat(contacts.rows(filter, FIRST_PAGE)).extracting(ContactRow::id).containsExactly(senegaleseDefender);
    }

    @Test
    void listIsSortedByFamilyThenGivenNameByDefault() {
        long zola = create(ContactDraft.of("Ana", "Zola " + marker, StakeholderCategory.OTHER));
        long abadBeatriz = create(ContactDraft.of("Beatriz", "Abad " + marker, StakeholderCategory.OTHER));
        long abadAlberto = create(ContactDraft.of("Alberto", "Abad " + marker, StakeholderCategory.OTHER));
        long ubeda = create(ContactDraft.of("Carla", "Úbeda " + marker, StakeholderCategory.OTHER));

        assertThat(listed(mine)).containsExactly(abadAlberto, abadBeatriz, ubeda, zola);
    }

    @Test
    void listSortsByTheRequestedColumn() {
        long b = create(ContactDraft.of("Bea", "Lopez " + marker, StakeholderCategory.OTHER));
        long a = create(ContactDraft.of("Ada", "Martin " + marker, StakeholderCategory.OTHER));
        long c = create(ContactDraft.of("Cem", "Adler " + marker, StakeholderCategory.OTHER));

        Page<ContactRow> byGivenName = contacts.list(mine, PageRequest.of(0, 10, Sort.by("givenName").descending()));

        assertThat(byGivenName.getContent()).extracting(ContactRow::id).containsExactly(c, b, a);
    }

    @Test
    void nextPageContinuesThePreviousOneWithoutDuplicatesEvenWhenNamesAreEqual() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(ContactDraft.of("Same", "Name " + marker, StakeholderCategory.OTHER)));
        }

        List<Long> paged = new ArrayList<>();
        List<Long> pagedRows = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Page<ContactRow> listed = contacts.list(mine, PageRequest.of(page, 2));
            assertThat(listed.getTotalElements()).isEqualTo(5);
            assertThat(listed.getTotalPages()).isEqualTo(3);
            listed.getContent().forEach(row -> paged.add(row.id()));
            contacts.rows(mine, PageRequest.of(page, 2)).forEach(row -> pagedRows.add(row.id()));
        }

        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(pagedRows).containsExactlyElementsOf(paged);
    }

    @Test
    void sortedPagesContinueEachOther() {
        for (String family : List.of("Edwards", "Abara", "Diop", "Castro", "Bello")) {
            create(ContactDraft.of("Kim", family + " " + marker, StakeholderCategory.OTHER));
        }

        List<String> families = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            contacts.list(mine, PageRequest.of(page, 2, Sort.by("familyName").descending())).getContent()
                    .forEach(row -> families.add(row.familyName()));
        }

        assertThat(families).containsExactly("Edwards " + marker, "Diop " + marker, "Castro " + marker,
                "Bello " + marker, "Abara " + marker);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<Long> listed(ContactFilter filter) {
        return contacts.list(filter, FIRST_PAGE).getContent().stream().map(ContactRow::id).toList();
    }

    private long create(ContactDraft draft) {
        return contacts.create(draft, null).id();
    }

    private long create(ContactDraft draft, AffiliationDraft affiliation) {
        return contacts.create(draft, affiliation).id();
    }

    /** A contact last met, by the signed-in officer, in a NORMAL meeting on that day. */
    private long createEngagedOn(String givenName, LocalDate lastEngagedOn) {
        long id = create(ContactDraft.of(givenName, marker, StakeholderCategory.OTHER));
        meet("filter.officer", lastEngagedOn, Set.of(id));
        return id;
    }

    private void meet(String officer, LocalDate day, Set<Long> participants) {
        long staff = testUsers.ensure(officer, Role.OFFICER).id();
        testUsers.runAs(officer, Role.OFFICER, () -> engagements.create(new EngagementDraft(EngagementKind.MEETING,
                day.atTime(9, 0).toInstant(ZoneOffset.UTC), null, null, "Meeting " + marker, null, null,
                participants, Set.of(), Set.of(staff), Set.of(), Sensitivity.NORMAL, List.of())));
    }

    private static OrganizationDraft organization(String name) {
        return new OrganizationDraft(name, null, OrganizationKind.PERMANENT_MISSION, null, null, null, null);
    }
}
