package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interlocutor.shared.Sensitivity.CONFIDENTIAL;
import static org.interlocutor.shared.Sensitivity.NORMAL;
import static org.interlocutor.shared.Sensitivity.RESTRICTED;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.interlocutor.IntegrationTest;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The need-to-know rule of DESIGN.md through every path that reads contacts. NORMAL: every signed-in user.
 * RESTRICTED: the owner, the users granted access, managers and administrators. CONFIDENTIAL: the owner and the
 * users granted access only. Everybody else must not learn that the contact exists.
 *
 * <p>Each case sets up, under a unique marker, a NORMAL contact and a protected one, both current members of one
 * mission and former members of another, and reads them as one person: the NORMAL contact shows that the read
 * works, the protected one that the rule holds.
 */
@IntegrationTest
@WithStaff(username = "ntk.owner", role = Role.OFFICER)
class ContactNeedToKnowTest {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);
    private static final long NO_SUCH_CONTACT = Long.MAX_VALUE;
    private static final String CASE = "{0} contact read by {1}: visible = {2}";

    /** Who reads. Only the OWNER owns the protected contact; only OFFICER_WITH_GRANT was granted access to it. */
    enum Reader {
        OWNER("ntk.owner", Role.OFFICER),
        OFFICER_WITHOUT_GRANT("ntk.officer", Role.OFFICER),
        OFFICER_WITH_GRANT("ntk.granted", Role.OFFICER),
        MANAGER_WITHOUT_GRANT("ntk.manager", Role.MANAGER),
        ADMIN_WITHOUT_GRANT("ntk.admin", Role.ADMIN),
        VIEWER("ntk.viewer", Role.VIEWER);

        final String username;
        final Role role;

        Reader(String username, Role role) {
            this.username = username;
            this.role = role;
        }
    }

    static Stream<Arguments> whoSeesProtectedContacts() {
        return Stream.of(
                arguments(RESTRICTED, Reader.OWNER, true),
                arguments(RESTRICTED, Reader.OFFICER_WITHOUT_GRANT, false),
                arguments(RESTRICTED, Reader.OFFICER_WITH_GRANT, true),
                arguments(RESTRICTED, Reader.MANAGER_WITHOUT_GRANT, true),
                arguments(RESTRICTED, Reader.ADMIN_WITHOUT_GRANT, true),
                arguments(RESTRICTED, Reader.VIEWER, false),
                arguments(CONFIDENTIAL, Reader.OWNER, true),
                arguments(CONFIDENTIAL, Reader.OFFICER_WITHOUT_GRANT, false),
                arguments(CONFIDENTIAL, Reader.OFFICER_WITH_GRANT, true),
                arguments(CONFIDENTIAL, Reader.MANAGER_WITHOUT_GRANT, false),
                arguments(CONFIDENTIAL, Reader.ADMIN_WITHOUT_GRANT, false),
                arguments(CONFIDENTIAL, Reader.VIEWER, false));
    }

    /** The same cases without viewers, who may not run bulk actions at all. */
    static Stream<Arguments> whoSeesProtectedContactsAmongOfficersAndAbove() {
        return whoSeesProtectedContacts().filter(arguments -> arguments.get()[1] != Reader.VIEWER);
    }

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;
    @Autowired
    Clock clock;

    /** What one case set up, all carrying the marker in their names. */
    record Setting(String marker, long missionId, long formerMissionId, ContactDetails open,
                   ContactDetails guarded) {

        List<Long> expected(boolean guardedVisible) {
            return guardedVisible ? List.of(open.id(), guarded.id()) : List.of(open.id());
        }
    }

    private Setting setting(Sensitivity sensitivity) {
        String marker = unique();
        long mission = organizations.create(organization("Mission " + marker)).id();
        long formerMission = organizations.create(organization("Former mission " + marker)).id();
        ContactDetails open = contacts.create(person("Olivia", "Open " + marker, NORMAL, "open." + marker),
                new AffiliationDraft(mission, "Counsellor", null, null, true));
        ContactDetails guarded = contacts.create(person("Gabriel", "Guarded " + marker, sensitivity,
                "guarded." + marker), new AffiliationDraft(mission, "Legal adviser", null, null, true));
        LocalDate today = LocalDate.now(clock);
        open = contacts.addAffiliation(open.id(), open.version(), new AffiliationDraft(formerMission, "Attaché",
                today.minusYears(3), today.minusYears(1), false));
        guarded = contacts.addAffiliation(guarded.id(), guarded.version(), new AffiliationDraft(formerMission,
                "Attaché", today.minusYears(3), today.minusYears(1), false));
        guarded = contacts.grantAccess(guarded.id(), user(Reader.OFFICER_WITH_GRANT));
        return new Setting(marker, mission, formerMission, open, guarded);
    }

    // ---- one test per read path ----------------------------------------------------------------------------

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void listShowsAProtectedContactOnlyToThoseWhoMaySeeIt(Sensitivity sensitivity, Reader reader, boolean visible) {
        Setting setting = setting(sensitivity);

        List<Long> listed = as(reader, () -> contacts.list(ContactFilter.NONE.withOrganization(setting.missionId()),
                FIRST_PAGE).getContent().stream().map(ContactRow::id).toList());

        assertThat(listed).containsExactlyInAnyOrderElementsOf(setting.expected(visible));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void listTotalCountsAProtectedContactOnlyForThoseWhoMaySeeIt(Sensitivity sensitivity, Reader reader,
                                                                 boolean visible) {
        Setting setting = setting(sensitivity);

        long total = as(reader, () -> contacts.list(ContactFilter.NONE.withOrganization(setting.missionId()),
                PageRequest.of(0, 1)).getTotalElements());

        assertThat(total).isEqualTo(setting.expected(visible).size());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void countCountsAProtectedContactOnlyForThoseWhoMaySeeIt(Sensitivity sensitivity, Reader reader,
                                                             boolean visible) {
        Setting setting = setting(sensitivity);

        long counted = as(reader, () -> contacts.count(ContactFilter.NONE.withOrganization(setting.missionId())));

        assertThat(counted).isEqualTo(setting.expected(visible).size());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void rowsShowAProtectedContactOnlyToThoseWhoMaySeeIt(Sensitivity sensitivity, Reader reader, boolean visible) {
        Setting setting = setting(sensitivity);

        List<Long> rows = as(reader, () -> contacts.rows(ContactFilter.NONE.withOrganization(setting.missionId()),
                FIRST_PAGE).stream().map(ContactRow::id).toList());

        assertThat(rows).containsExactlyInAnyOrderElementsOf(setting.expected(visible));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void findByIdAnswersAnInvisibleContactExactlyLikeOneThatDoesNotExist(Sensitivity sensitivity, Reader reader,
                                                                         boolean visible) {
        Setting setting = setting(sensitivity);

        var found = as(reader, () -> contacts.find(setting.guarded().id()));
        var missing = as(reader, () -> contacts.find(NO_SUCH_CONTACT));

        if (visible) {
            assertThat(found).hasValueSatisfying(details -> assertThat(details.id()).isEqualTo(setting.guarded().id()));
        } else {
            assertThat(found).isEmpty().isEqualTo(missing);
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void autocompleteSuggestsAProtectedContactOnlyToThoseWhoMaySeeIt(Sensitivity sensitivity, Reader reader,
                                                                     boolean visible) {
        Setting setting = setting(sensitivity);

        List<Long> suggested = as(reader, () -> contacts.suggest(setting.marker(), PageRequest.of(0, 10)).stream()
                .map(ContactRow::id).toList());

        assertThat(suggested).containsExactlyInAnyOrderElementsOf(setting.expected(visible));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void freeTextSearchFindsAProtectedContactOnlyForThoseWhoMaySeeIt(Sensitivity sensitivity, Reader reader,
                                                                     boolean visible) {
        Setting setting = setting(sensitivity);

        // the marker is in both family names, both email addresses and both current organisations' names
        List<Long> byName = as(reader, () -> ids(contacts.list(ContactFilter.NONE.withText(setting.marker()),
                FIRST_PAGE).getContent()));
        List<Long> byEmail = as(reader, () -> ids(contacts.list(ContactFilter.NONE.withText(
                "." + setting.marker() + "@example.org"), FIRST_PAGE).getContent()));
        List<Long> byOrganization = as(reader, () -> ids(contacts.list(ContactFilter.NONE.withText(
                "mission " + setting.marker()), FIRST_PAGE).getContent()));

        assertThat(byName).containsExactlyInAnyOrderElementsOf(setting.expected(visible));
        // a confidential contact's emails are encrypted at rest and give no search words: found by name only
        assertThat(byEmail).containsExactlyInAnyOrderElementsOf(setting.expected(visible
                && sensitivity != CONFIDENTIAL));
        assertThat(byOrganization).containsExactlyInAnyOrderElementsOf(setting.expected(visible));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void currentMembersOfAnOrganisationIncludeAProtectedContactOnlyForThoseWhoMaySeeIt(
            Sensitivity sensitivity, Reader reader, boolean visible) {
        Setting setting = setting(sensitivity);

        var members = as(reader, () -> contacts.members(setting.missionId(), true, FIRST_PAGE));

        assertThat(members.getContent()).extracting(MemberRow::contactId)
                .containsExactlyInAnyOrderElementsOf(setting.expected(visible));
        assertThat(members.getTotalElements()).isEqualTo(setting.expected(visible).size());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void pastMembersOfAnOrganisationIncludeAProtectedContactOnlyForThoseWhoMaySeeIt(
            Sensitivity sensitivity, Reader reader, boolean visible) {
        Setting setting = setting(sensitivity);

        var members = as(reader, () -> contacts.members(setting.formerMissionId(), false, PageRequest.of(0, 1)));
        var allOnOnePage = as(reader, () -> contacts.members(setting.formerMissionId(), false, FIRST_PAGE));

        assertThat(members.getTotalElements()).isEqualTo(setting.expected(visible).size());
        assertThat(allOnOnePage.getContent()).extracting(MemberRow::contactId)
                .containsExactlyInAnyOrderElementsOf(setting.expected(visible));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void duplicateCheckByEmailReportsAProtectedContactOnlyToThoseWhoMaySeeIt(Sensitivity sensitivity,
                                                                             Reader reader, boolean visible) {
        Setting setting = setting(sensitivity);
        ContactDraft newcomer = ContactDraft.of("Someone", "Else", StakeholderCategory.OTHER).withEmails(List.of(
                new EmailEntry("OPEN." + setting.marker() + "@example.org", null, true),
                new EmailEntry("Guarded." + setting.marker() + "@Example.org", null, false)));

        List<DuplicateCandidate> duplicates = as(reader, () -> contacts.possibleDuplicates(newcomer, null, null));

        assertThat(duplicates).extracting(DuplicateCandidate::contactId)
                .containsExactlyInAnyOrderElementsOf(setting.expected(visible));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContacts")
    void duplicateCheckByNameReportsAProtectedContactOnlyToThoseWhoMaySeeIt(Sensitivity sensitivity,
                                                                            Reader reader, boolean visible) {
        Setting setting = setting(sensitivity);
        ContactDraft namesake = ContactDraft.of("Gabriel", "Guarded " + setting.marker(), StakeholderCategory.OTHER);

        List<DuplicateCandidate> duplicates = as(reader,
                () -> contacts.possibleDuplicates(namesake, setting.missionId(), null));

        assertThat(duplicates).extracting(DuplicateCandidate::contactId)
                .containsExactlyElementsOf(visible ? List.of(setting.guarded().id()) : List.of());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContactsAmongOfficersAndAbove")
    void bulkActionByFilterNeitherTouchesNorCountsAnInvisibleContact(Sensitivity sensitivity, Reader reader,
                                                                     boolean visible) {
        Setting setting = setting(sensitivity);
        String tag = "bulk " + setting.marker();

        int changed = as(reader, () -> contacts.bulk(
                BulkSelection.allMatching(ContactFilter.NONE.withText(setting.marker())), new BulkAction.AddTag(tag)));

        assertThat(changed).isEqualTo(setting.expected(visible).size());
        ContactDetails guarded = contacts.find(setting.guarded().id()).orElseThrow();
        if (visible) {
            assertThat(guarded.draft().tags()).containsExactly(tag);
        } else {
            assertThat(guarded.draft().tags()).isEmpty();
            assertThat(guarded.version()).as("not even touched").isEqualTo(setting.guarded().version());
        }
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesProtectedContactsAmongOfficersAndAbove")
    void bulkActionByIdsNeitherTouchesNorCountsAnInvisibleContact(Sensitivity sensitivity, Reader reader,
                                                                  boolean visible) {
        Setting setting = setting(sensitivity);

        int changed = as(reader, () -> contacts.bulk(
                BulkSelection.of(Set.of(setting.open().id(), setting.guarded().id())), new BulkAction.Archive()));

        assertThat(changed).isEqualTo(setting.expected(visible).size());
        ContactDetails guarded = contacts.find(setting.guarded().id()).orElseThrow();
        assertThat(guarded.archived()).isEqualTo(visible);
        if (!visible) {
            assertThat(guarded.version()).as("not even touched").isEqualTo(setting.guarded().version());
        }
    }

    @ParameterizedTest(name = "a NORMAL contact is visible to {0}")
    @EnumSource(Reader.class)
    void normalContactIsVisibleToEverySignedInUser(Reader reader) {
        Setting setting = setting(RESTRICTED);

        assertThat(as(reader, () -> contacts.find(setting.open().id()))).isPresent();
        assertThat(as(reader, () -> contacts.count(ContactFilter.NONE.withText("open " + setting.marker()))))
                .isEqualTo(1);
    }

    @Test
    void viewersMayNotRunBulkActions() {
        Setting setting = setting(NORMAL);

        assertThatThrownBy(() -> as(Reader.VIEWER, () -> contacts.bulk(BulkSelection.of(Set.of(setting.open().id())),
                new BulkAction.Archive()))).isInstanceOf(AccessDeniedException.class);
        assertThat(contacts.find(setting.open().id()).orElseThrow().archived()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void nobodyWhoIsNotSignedInReadsContacts() {
        assertThatThrownBy(() -> contacts.count(ContactFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.find(1)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- granting and revoking -----------------------------------------------------------------------------

    @Test
    void grantingAccessMakesAConfidentialContactVisibleAndRevokingHidesItAgain() {
        Setting setting = setting(CONFIDENTIAL);
        long colleague = user(Reader.OFFICER_WITHOUT_GRANT);
        long contactId = setting.guarded().id();
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.find(contactId))).isEmpty();

        ContactDetails granted = contacts.grantAccess(contactId, colleague);

        assertThat(granted.grants()).extracting(GrantRow::userId).contains(colleague);
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.find(contactId))).isPresent();
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.count(
                ContactFilter.NONE.withText(setting.marker())))).isEqualTo(2);

        ContactDetails revoked = contacts.revokeAccess(contactId, colleague);

        assertThat(revoked.grants()).extracting(GrantRow::userId).doesNotContain(colleague);
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.find(contactId))).isEmpty();
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.count(
                ContactFilter.NONE.withText(setting.marker())))).isEqualTo(1);
    }

    @Test
    void anOfficerGrantedAccessMayNotPassItOn() {
        Setting setting = setting(CONFIDENTIAL);
        long colleague = user(Reader.OFFICER_WITHOUT_GRANT);

        assertThatThrownBy(() -> as(Reader.OFFICER_WITH_GRANT,
                () -> contacts.grantAccess(setting.guarded().id(), colleague)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("contact.error.access-owner-only"));
        assertThatThrownBy(() -> as(Reader.OFFICER_WITH_GRANT,
                () -> contacts.revokeAccess(setting.guarded().id(), user(Reader.OFFICER_WITH_GRANT))))
                .isInstanceOf(UserFacingException.class);
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.find(setting.guarded().id()))).isEmpty();
    }

    @Test
    void managersAndAdministratorsMayGrantAccessToARestrictedContactTheyDoNotOwn() {
        Setting setting = setting(RESTRICTED);
        long colleague = user(Reader.OFFICER_WITHOUT_GRANT);
        long viewer = user(Reader.VIEWER);

        as(Reader.MANAGER_WITHOUT_GRANT, () -> contacts.grantAccess(setting.guarded().id(), colleague));
        as(Reader.ADMIN_WITHOUT_GRANT, () -> contacts.grantAccess(setting.guarded().id(), viewer));

        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.find(setting.guarded().id()))).isPresent();
        assertThat(as(Reader.VIEWER, () -> contacts.find(setting.guarded().id()))).isPresent();
    }

    @Test
    void managersCannotGrantThemselvesAConfidentialContactTheyCannotSee() {
        Setting setting = setting(CONFIDENTIAL);
        long manager = user(Reader.MANAGER_WITHOUT_GRANT);

        assertThatThrownBy(() -> as(Reader.MANAGER_WITHOUT_GRANT,
                () -> contacts.grantAccess(setting.guarded().id(), manager)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(as(Reader.MANAGER_WITHOUT_GRANT, () -> contacts.find(setting.guarded().id()))).isEmpty();
    }

    @Test
    void accessCanBeGrantedOnlyToAnExistingColleague() {
        Setting setting = setting(CONFIDENTIAL);

        assertThatThrownBy(() -> contacts.grantAccess(setting.guarded().id(), NO_SUCH_CONTACT))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("user"));
    }

    @Test
    void anOfficerWhoMerelySeesANormalContactMayEditItButNotChangeItsSensitivityOrOwner() {
        Setting setting = setting(RESTRICTED);
        ContactDetails open = setting.open();
        long me = user(Reader.OFFICER_WITHOUT_GRANT);

        assertThatThrownBy(() -> as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.update(open.id(), open.version(),
                open.draft().withSensitivity(CONFIDENTIAL, open.draft().ownerId()))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("contact.error.access-owner-only"));
        assertThatThrownBy(() -> as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.update(open.id(), open.version(),
                open.draft().withSensitivity(NORMAL, me))))
                .isInstanceOf(UserFacingException.class);

        ContactDetails edited = as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.update(open.id(), open.version(),
                open.draft().withCountry("NL")));

        assertThat(edited.canManageAccess()).isFalse();
        assertThat(edited.draft().sensitivity()).isEqualTo(NORMAL);
        assertThat(edited.draft().ownerId()).isEqualTo(user(Reader.OWNER));
        assertThat(edited.draft().countryCode()).isEqualTo("NL");
    }

    @Test
    void managersMayChangeTheSensitivityOfAContactTheyDoNotOwn() {
        Setting setting = setting(RESTRICTED);
        ContactDetails open = setting.open();

        ContactDetails restricted = as(Reader.MANAGER_WITHOUT_GRANT, () -> contacts.update(open.id(), open.version(),
                open.draft().withSensitivity(RESTRICTED, open.draft().ownerId())));

        assertThat(restricted.draft().sensitivity()).isEqualTo(RESTRICTED);
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.find(open.id()))).isEmpty();
    }

    @Test
    void whoeverEntersARestrictedContactForAnotherOwnerKeepsSeeingIt() {
        String marker = unique();
        long owner = user(Reader.OWNER);

        ContactDetails created = as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.create(
                person("Rania", "Entered " + marker, RESTRICTED, "entered." + marker).withSensitivity(RESTRICTED,
                        owner), null));
        ContactDetails confidential = as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.create(
                person("Cyrus", "Entered " + marker, CONFIDENTIAL, "cyrus." + marker).withSensitivity(CONFIDENTIAL,
                        owner), null));

        assertThat(created.draft().ownerId()).isEqualTo(owner);
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.count(ContactFilter.NONE.withText(marker))))
                .isEqualTo(2);
        assertThat(as(Reader.OFFICER_WITHOUT_GRANT, () -> contacts.find(confidential.id()))).isPresent();
        assertThat(contacts.find(confidential.id())).as("the owner sees it too").isPresent();
        assertThat(as(Reader.OFFICER_WITH_GRANT, () -> contacts.count(ContactFilter.NONE.withText(marker))))
                .as("nobody else does").isZero();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static String unique() {
        return "ntk" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    }

    private <T> T as(Reader reader, Supplier<T> read) {
        return testUsers.as(reader.username, reader.role, read);
    }

    private long user(Reader reader) {
        return testUsers.ensure(reader.username, reader.role).id();
    }

    private static List<Long> ids(List<ContactRow> rows) {
        return rows.stream().map(ContactRow::id).toList();
    }

    private static OrganizationDraft organization(String name) {
        return new OrganizationDraft(name, null, OrganizationKind.PERMANENT_MISSION, null, null, null, null);
    }

    private static ContactDraft person(String givenName, String familyName, Sensitivity sensitivity,
                                       String emailLocalPart) {
        return ContactDraft.of(givenName, familyName, StakeholderCategory.STATE_PARTY_REPRESENTATIVE)
                .withEmails(List.of(new EmailEntry(emailLocalPart + "@example.org", null, true)))
                .withSensitivity(sensitivity, null);
    }
}
