package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The rules of contacts: what is refused, what edits, affiliations, duplicates, tags and bulk actions do. */
@IntegrationTest
@WithStaff(username = "rules.officer", role = Role.OFFICER)
class ContactServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;
    @Autowired
    Clock clock;

    private final String marker = "rul" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final ContactFilter mine = ContactFilter.NONE.withText(marker);

    // ---- creating and editing ------------------------------------------------------------------------------

    @Test
    void createdContactKeepsWhatWasEnteredAndBelongsToWhoeverEnteredIt() {
        ContactDraft draft = new ContactDraft("H.E.", "Amina", "Diallo " + marker, "Ambassador",
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE, "SN", "fr", Set.of("fr", "wo"),
                List.of(new EmailEntry("amina@work.example", "work", false),
                        new EmailEntry("a.diallo@mission.example", "mission", true)),
                List.of(new PhoneEntry("+31 70 000 0000", "office", true)), null, 4, Stance.SUPPORTIVE,
                Sensitivity.NORMAL, LawfulBasis.LEGITIMATE_INTEREST, "Met at ASP24", Set.of("ASP24 " + marker));

        ContactDetails created = contacts.create(draft, null);

        long me = testUsers.ensure("rules.officer", Role.OFFICER).id();
        assertThat(created.draft()).isEqualTo(new ContactDraft("H.E.", "Amina", "Diallo " + marker, "Ambassador",
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE, "SN", "fr", Set.of("fr", "wo"), draft.emails(),
                draft.phones(), me, 4, Stance.SUPPORTIVE, Sensitivity.NORMAL, LawfulBasis.LEGITIMATE_INTEREST,
                "Met at ASP24", Set.of("ASP24 " + marker)));
        assertThat(created.displayName()).isEqualTo("H.E. Amina Diallo " + marker);
        assertThat(created.createdBy()).isEqualTo("rules.officer");
        assertThat(created.canEdit()).isTrue();
        assertThat(created.canManageAccess()).isTrue();
        assertThat(contacts.list(mine, FIRST_PAGE).getContent()).singleElement().satisfies(row -> {
            assertThat(row.primaryEmail()).isEqualTo("a.diallo@mission.example");
            assertThat(row.primaryPhone()).isEqualTo("+31 70 000 0000");
            assertThat(row.ownerId()).isEqualTo(me);
            assertThat(row.tags()).containsExactly("ASP24 " + marker);
        });
    }

    @Test
    void blankNamesAreRefusedByValidation() {
        assertThatThrownBy(() -> contacts.create(ContactDraft.of(" ", "Diallo " + marker, StakeholderCategory.OTHER),
                null)).isInstanceOfSatisfying(ConstraintViolationException.class,
                        refused -> assertThat(paths(refused)).anyMatch(path -> path.endsWith("givenName")));
        assertThatThrownBy(() -> contacts.create(ContactDraft.of("Amina " + marker, "", StakeholderCategory.OTHER),
                null)).isInstanceOfSatisfying(ConstraintViolationException.class,
                        refused -> assertThat(paths(refused)).anyMatch(path -> path.endsWith("familyName")));
        assertThat(contacts.count(mine)).isZero();
    }

    @Test
    void malformedEmailIsRefusedByValidation() {
        ContactDraft draft = ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry("not-an-email", null, true)));

        assertThatThrownBy(() -> contacts.create(draft, null))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        refused -> assertThat(paths(refused)).anyMatch(path -> path.contains("emails")));
        assertThat(contacts.count(mine)).isZero();
    }

    @Test
    void influenceAboveFiveIsRefusedByValidation() {
        ContactDraft draft = withInfluence(ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER),
                6);

        assertThatThrownBy(() -> contacts.create(draft, null))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        refused -> assertThat(paths(refused)).anyMatch(path -> path.endsWith("influence")));
        assertThat(contacts.count(mine)).isZero();
    }

    @Test
    void validationAppliesToEditsToo() {
        ContactDetails created = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);

        assertThatThrownBy(() -> contacts.update(created.id(), created.version(), withInfluence(created.draft(), 0)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(contacts.find(created.id()).orElseThrow().version()).isEqualTo(created.version());
    }

    @Test
    void onlyOneEmailMayBePrimary() {
        ContactDraft draft = ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry("one@example.org", null, true),
                        new EmailEntry("two@example.org", null, true)));

        assertThatThrownBy(() -> contacts.create(draft, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("emails");
                    assertThat(refused.messageKey()).isEqualTo("contact.error.one-primary-email");
                });
        assertThat(contacts.count(mine)).isZero();
    }

    @Test
    void theSameEmailTwiceIsRefused() {
        ContactDraft draft = ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry("same@example.org", null, true),
                        new EmailEntry("SAME@example.org", null, false)));

        assertThatThrownBy(() -> contacts.create(draft, null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("emails"));
    }

    @Test
    void unknownCountryIsRefusedOnTheCountryField() {
        ContactDraft draft = ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER).withCountry("XX");

        assertThatThrownBy(() -> contacts.create(draft, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("countryCode");
                    assertThat(refused.messageKey()).isEqualTo("error.unknown-country");
                });
        assertThat(contacts.count(mine)).isZero();
    }

    @Test
    void countryCodeTypedInLowerCaseIsKeptInUpperCase() {
        ContactDetails created = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER).withCountry("sn"), null);

        assertThat(created.draft().countryCode()).isEqualTo("SN");
        assertThat(contacts.count(mine.withCountry("SN"))).isEqualTo(1);
    }

    @Test
    void unknownOwnerIsRefusedOnTheOwnerField() {
        ContactDraft draft = ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER)
                .withSensitivity(Sensitivity.NORMAL, Long.MAX_VALUE);

        assertThatThrownBy(() -> contacts.create(draft, null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("owner"));
    }

    @Test
    void staleEditIsRefusedAndNothingIsOverwritten() {
        ContactDetails opened = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);
        contacts.update(opened.id(), opened.version(), opened.draft().withCountry("SN"));

        assertThatThrownBy(() -> contacts.update(opened.id(), opened.version(), opened.draft().withCountry("FR")))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> contacts.setArchived(opened.id(), opened.version(), true))
                .isInstanceOf(StaleRecordException.class);

        ContactDetails current = contacts.find(opened.id()).orElseThrow();
        assertThat(current.draft().countryCode()).isEqualTo("SN");
        assertThat(current.archived()).isFalse();
    }

    @Test
    void editOfAContactThatDoesNotExistIsRefusedAsStale() {
        assertThatThrownBy(() -> contacts.update(Long.MAX_VALUE, 0,
                ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER)))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void archivedContactLeavesTheListAndComesBackWhenRestored() {
        ContactDetails created = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);

        ContactDetails archived = contacts.setArchived(created.id(), created.version(), true);

        assertThat(archived.archived()).isTrue();
        assertThat(contacts.count(mine)).isZero();
        assertThat(contacts.suggest(marker, FIRST_PAGE)).as("pickers leave archived people out").isEmpty();
        assertThat(contacts.find(created.id())).as("still reachable by its page").isPresent();

        ContactDetails restored = contacts.setArchived(archived.id(), archived.version(), false);

        assertThat(restored.archived()).isFalse();
        assertThat(contacts.list(mine, FIRST_PAGE).getContent()).extracting(ContactRow::id)
                .containsExactly(created.id());
    }

    @Test
    void viewersMayReadButNotCreateOrChangeContacts() {
        ContactDetails created = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);
        long organization = organizations.create(organization("Mission " + marker)).id();

        testUsers.runAs("rules.viewer", Role.VIEWER, () -> {
            assertThat(contacts.find(created.id())).hasValueSatisfying(seen -> {
                assertThat(seen.canEdit()).isFalse();
                assertThat(seen.canManageAccess()).isFalse();
            });
            assertThatThrownBy(() -> contacts.create(ContactDraft.of("Viewer", "Entry " + marker,
                    StakeholderCategory.OTHER), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.update(created.id(), created.version(),
                    created.draft().withCountry("FR"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.setArchived(created.id(), created.version(), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.addAffiliation(created.id(), created.version(),
                    new AffiliationDraft(organization, null, null, null, true)))
                    .isInstanceOf(AccessDeniedException.class);
        });

        assertThat(contacts.find(created.id()).orElseThrow().version()).isEqualTo(created.version());
        assertThat(contacts.count(mine)).isEqualTo(1);
    }

    // ---- affiliations --------------------------------------------------------------------------------------

    @Test
    void firstCurrentAffiliationBecomesPrimaryAndNamesTheContactsOrganisation() {
        OrganizationRow mission = organizations.create(new OrganizationDraft("Permanent Mission of Senegal " + marker,
                "PMS", OrganizationKind.PERMANENT_MISSION, "SN", null, null, null));
        ContactDetails created = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);

        ContactDetails affiliated = contacts.addAffiliation(created.id(), created.version(),
                new AffiliationDraft(mission.id(), "Counsellor", LocalDate.now(clock).minusYears(1), null, false));

        assertThat(affiliated.affiliations()).singleElement().satisfies(affiliation -> {
            assertThat(affiliation.organizationName()).isEqualTo(mission.displayName());
            assertThat(affiliation.primary()).isTrue();
            assertThat(affiliation.current()).isTrue();
            assertThat(affiliation.role()).isEqualTo("Counsellor");
        });
        assertThat(affiliated.organizationName()).isEqualTo(mission.displayName());
        assertThat(rowOf(created.id()).organizationName()).isEqualTo(mission.displayName());
    }

    @Test
    void laterAffiliationsStaySecondaryUnlessChosenAsPrimary() {
        long first = organizations.create(organization("First mission " + marker)).id();
        long second = organizations.create(organization("Second mission " + marker)).id();
        long third = organizations.create(organization("Third mission " + marker)).id();
        ContactDetails contact = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), new AffiliationDraft(first, null, null, null, false));

        contact = contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(second, null, null, null, false));

        assertThat(primaryOrganization(contact)).isEqualTo(first);
        assertThat(contact.organizationName()).isEqualTo("First mission " + marker);

        contact = contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(third, null, null, null, true));

        assertThat(primaryOrganization(contact)).isEqualTo(third);
        assertThat(contact.affiliations()).filteredOn(AffiliationRow::primary).hasSize(1);
        assertThat(contact.organizationName()).isEqualTo("Third mission " + marker);
        assertThat(rowOf(contact.id()).organizationName()).isEqualTo("Third mission " + marker);
    }

    @Test
    void aPastAffiliationNeverBecomesPrimary() {
        LocalDate today = LocalDate.now(clock);
        long former = organizations.create(organization("Former mission " + marker)).id();
        ContactDetails contact = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);

        contact = contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(former, null, today.minusYears(4), today.minusYears(2), true));

        assertThat(contact.affiliations()).singleElement().satisfies(affiliation -> {
            assertThat(affiliation.primary()).isFalse();
            assertThat(affiliation.current()).isFalse();
        });
        assertThat(contact.organizationName()).isNull();
    }

    @Test
    void aContactEnteredWithOnlyAPastAffiliationHasNoPrimaryOne() {
        LocalDate today = LocalDate.now(clock);
        long former = organizations.create(organization("Former mission " + marker)).id();

        ContactDetails created = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), new AffiliationDraft(former, null, today.minusYears(4),
                today.minusYears(2), true));

        assertThat(created.affiliations()).singleElement().satisfies(affiliation -> {
            assertThat(affiliation.primary()).isFalse();
            assertThat(affiliation.current()).isFalse();
        });
        assertThat(created.organizationName()).isNull();
    }

    @Test
    void endedAffiliationStaysInTheHistoryButNoLongerNamesTheContactsOrganisation() {
        LocalDate today = LocalDate.now(clock);
        long court = organizations.create(organization("Court " + marker)).id();
        long ministry = organizations.create(organization("Ministry " + marker)).id();
        ContactDetails contact = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), new AffiliationDraft(court, "Legal officer", today.minusYears(2), null,
                true));
        contact = contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(ministry, "Adviser", today.minusMonths(1), null, false));
        long atCourt = affiliationAt(contact, court).id();

        ContactDetails ended = contacts.endAffiliation(contact.id(), contact.version(), atCourt,
                today.minusDays(1));

        assertThat(ended.affiliations()).hasSize(2);
        assertThat(affiliationAt(ended, court)).satisfies(affiliation -> {
            assertThat(affiliation.to()).isEqualTo(today.minusDays(1));
            assertThat(affiliation.current()).isFalse();
            assertThat(affiliation.primary()).isFalse();
            assertThat(affiliation.role()).isEqualTo("Legal officer");
        });
        assertThat(ended.organizationName()).isEqualTo("Ministry " + marker);
        assertThat(rowOf(contact.id()).organizationName()).isEqualTo("Ministry " + marker);
        assertThat(contacts.count(ContactFilter.NONE.withOrganization(court))).isZero();
        assertThat(contacts.count(ContactFilter.NONE.withText("court " + marker))).as("search follows").isZero();
        assertThat(contacts.members(court, false, FIRST_PAGE).getContent()).extracting(MemberRow::contactId)
                .containsExactly(contact.id());
        assertThat(contacts.members(court, true, FIRST_PAGE).getContent()).isEmpty();

        ContactDetails leftEverything = contacts.endAffiliation(ended.id(), ended.version(),
                affiliationAt(ended, ministry).id(), today.minusDays(1));

        assertThat(leftEverything.organizationName()).isNull();
        assertThat(rowOf(contact.id()).organizationName()).isNull();
    }

    @Test
    void onlyACurrentAffiliationCanBeMadePrimary() {
        LocalDate today = LocalDate.now(clock);
        long former = organizations.create(organization("Former mission " + marker)).id();
        long current = organizations.create(organization("Current mission " + marker)).id();
        long other = organizations.create(organization("Other mission " + marker)).id();
        ContactDetails contact = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), new AffiliationDraft(current, null, null, null, true));
        contact = contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(former, null, today.minusYears(4), today.minusYears(2), false));
        contact = contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(other, null, null, null, false));
        ContactDetails before = contact;

        assertThatThrownBy(() -> contacts.makePrimary(before.id(), before.version(),
                affiliationAt(before, former).id()))
                .isInstanceOfSatisfying(UserFacingException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("contact.error.primary-must-be-current"));

        ContactDetails switched = contacts.makePrimary(before.id(), before.version(),
                affiliationAt(before, other).id());

        assertThat(primaryOrganization(switched)).isEqualTo(other);
        assertThat(switched.affiliations()).filteredOn(AffiliationRow::primary).hasSize(1);
        assertThat(switched.organizationName()).isEqualTo("Other mission " + marker);
        assertThat(rowOf(switched.id()).organizationName()).isEqualTo("Other mission " + marker);
    }

    @Test
    void affiliationEndingBeforeItStartsIsRefused() {
        LocalDate today = LocalDate.now(clock);
        long mission = organizations.create(organization("Mission " + marker)).id();

        assertThatThrownBy(() -> contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), new AffiliationDraft(mission, null, today, today.minusDays(1), true)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("to"));
        assertThat(contacts.count(mine)).isZero();

        ContactDetails contact = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), new AffiliationDraft(mission, null, today.minusMonths(1), null, true));

        assertThatThrownBy(() -> contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(mission, null, today, today.minusYears(1), false)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("to"));
        assertThatThrownBy(() -> contacts.endAffiliation(contact.id(), contact.version(),
                affiliationAt(contact, mission).id(), today.minusYears(1)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("to"));
        assertThat(contacts.find(contact.id()).orElseThrow().affiliations()).singleElement()
                .satisfies(affiliation -> assertThat(affiliation.current()).isTrue());
    }

    @Test
    void affiliationToAnUnknownOrganisationIsRefused() {
        ContactDetails contact = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);

        assertThatThrownBy(() -> contacts.addAffiliation(contact.id(), contact.version(),
                new AffiliationDraft(Long.MAX_VALUE, null, null, null, true)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("organization"));
    }

    // ---- duplicates ----------------------------------------------------------------------------------------

    @Test
    void possibleDuplicatesFindTheSameEmailIgnoringCase() {
        ContactDetails existing = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER).withEmails(List.of(new EmailEntry("amina." + marker + "@example.org",
                null, true))), null);
        ContactDraft newcomer = ContactDraft.of("A.", "D.", StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry("  Amina." + marker.toUpperCase() + "@EXAMPLE.org ", null, true)));

        assertThat(contacts.possibleDuplicates(newcomer, null, null)).containsExactly(
                new DuplicateCandidate(existing.id(), existing.displayName(), DuplicateCandidate.Reason.SAME_EMAIL));
        assertThat(contacts.possibleDuplicates(newcomer, null, existing.id()))
                .as("the contact being edited is not its own duplicate").isEmpty();
    }

    @Test
    void possibleDuplicatesFindTheSameNameInTheSameOrganisationIgnoringCaseAndAccents() {
        LocalDate today = LocalDate.now(clock);
        long mission = organizations.create(organization("Mission " + marker)).id();
        long formerMission = organizations.create(organization("Former mission " + marker)).id();
        long elsewhere = organizations.create(organization("Elsewhere " + marker)).id();
        ContactDetails jose = contacts.create(ContactDraft.of("José", "Ñúñez " + marker, StakeholderCategory.OTHER),
                new AffiliationDraft(mission, null, null, null, true));
        contacts.create(ContactDraft.of("José", "Ñúñez " + marker, StakeholderCategory.OTHER),
                new AffiliationDraft(formerMission, null, today.minusYears(3), today.minusYears(1), false));
        ContactDraft typedWithoutAccents = ContactDraft.of("JOSE", "nunez " + marker, StakeholderCategory.OTHER);

        assertThat(contacts.possibleDuplicates(typedWithoutAccents, mission, null)).containsExactly(
                new DuplicateCandidate(jose.id(), jose.displayName(),
                        DuplicateCandidate.Reason.SAME_NAME_SAME_ORGANIZATION));
        assertThat(contacts.possibleDuplicates(typedWithoutAccents, elsewhere, null)).isEmpty();
        assertThat(contacts.possibleDuplicates(typedWithoutAccents, formerMission, null))
                .as("someone who left is not the person now there").isEmpty();
        assertThat(contacts.possibleDuplicates(typedWithoutAccents, null, null)).isEmpty();
    }

    @Test
    void aContactWithTheSameEmailAndNameIsReportedOnceForItsEmail() {
        long mission = organizations.create(organization("Mission " + marker)).id();
        ContactDraft draft = ContactDraft.of("Amina", "Diallo " + marker, StakeholderCategory.OTHER)
                .withEmails(List.of(new EmailEntry("amina." + marker + "@example.org", null, true)));
        ContactDetails existing = contacts.create(draft, new AffiliationDraft(mission, null, null, null, true));

        assertThat(contacts.possibleDuplicates(draft, mission, null)).containsExactly(
                new DuplicateCandidate(existing.id(), existing.displayName(), DuplicateCandidate.Reason.SAME_EMAIL));
    }

    // ---- tags ----------------------------------------------------------------------------------------------

    @Test
    void tagsAreCreatedOnFirstUseAndReusedIgnoringCase() {
        assertThat(contacts.tags(marker, FIRST_PAGE)).isEmpty();

        ContactDetails first = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER).withTags(Set.of("Francophone " + marker)), null);
        ContactDetails second = contacts.create(ContactDraft.of("Piet", "Visser " + marker,
                StakeholderCategory.OTHER).withTags(Set.of("  FRANCOPHONE " + marker.toUpperCase() + " ")), null);

        List<TagRow> tags = contacts.tags(marker, FIRST_PAGE);
        assertThat(tags).extracting(TagRow::name).containsExactly("Francophone " + marker);
        assertThat(second.draft().tags()).containsExactly("Francophone " + marker);
        assertThat(contacts.list(mine.withTag(tags.getFirst().id()), FIRST_PAGE).getContent())
                .extracting(ContactRow::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    // ---- bulk actions --------------------------------------------------------------------------------------

    @Test
    void bulkTaggingByIdsTagsEachSelectedContactOnceAndUntaggingRemovesIt() {
        long amina = create("Amina");
        long piet = create("Piet");
        long left = create("Left out");
        String tag = "Field mission " + marker;

        int tagged = contacts.bulk(BulkSelection.of(Set.of(amina, piet)), new BulkAction.AddTag(tag));
        int taggedAgain = contacts.bulk(BulkSelection.of(Set.of(amina, piet, left)), new BulkAction.AddTag(tag));

        assertThat(tagged).isEqualTo(2);
        assertThat(taggedAgain).as("only the one not tagged yet").isEqualTo(1);
        long tagId = contacts.tags(tag, FIRST_PAGE).getFirst().id();
        assertThat(contacts.count(mine.withTag(tagId))).isEqualTo(3);

        int untagged = contacts.bulk(BulkSelection.of(Set.of(amina, left)), new BulkAction.RemoveTag(tagId));

        assertThat(untagged).isEqualTo(2);
        assertThat(contacts.list(mine.withTag(tagId), FIRST_PAGE).getContent()).extracting(ContactRow::id)
                .containsExactly(piet);
        assertThat(rowOf(piet).tags()).containsExactly(tag);
        assertThat(rowOf(amina).tags()).isEmpty();
    }

    @Test
    void bulkTaggingWithABlankTagIsRefused() {
        long amina = create("Amina");

        assertThatThrownBy(() -> contacts.bulk(BulkSelection.of(Set.of(amina)), new BulkAction.AddTag("  ")))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("tag"));
        assertThat(rowOf(amina).tags()).isEmpty();
    }

    @Test
    void bulkTaggingByFilterTagsEveryContactTheFilterFindsAndNoOther() {
        long senegalese = contacts.create(ContactDraft.of("Awa", "Diallo " + marker, StakeholderCategory.OTHER)
                .withCountry("SN"), null).id();
        long french = contacts.create(ContactDraft.of("Claire", "Martin " + marker, StakeholderCategory.OTHER)
                .withCountry("FR"), null).id();
        String tag = "Dakar briefing " + marker;

        int tagged = contacts.bulk(BulkSelection.allMatching(mine.withCountry("SN")), new BulkAction.AddTag(tag));

        assertThat(tagged).isEqualTo(1);
        assertThat(rowOf(senegalese).tags()).containsExactly(tag);
        assertThat(rowOf(french).tags()).isEmpty();

        long tagId = contacts.tags(tag, FIRST_PAGE).getFirst().id();
        assertThat(contacts.bulk(BulkSelection.allMatching(mine), new BulkAction.RemoveTag(tagId))).isEqualTo(1);
        assertThat(rowOf(senegalese).tags()).isEmpty();
    }

    @Test
    void bulkChangesMakeOpenEditsOfTheChangedContactsStale() {
        ContactDetails opened = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.OTHER), null);

        contacts.bulk(BulkSelection.of(Set.of(opened.id())), new BulkAction.AddTag("Stale " + marker));

        assertThatThrownBy(() -> contacts.update(opened.id(), opened.version(), opened.draft().withCountry("SN")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(rowOf(opened.id()).tags()).containsExactly("Stale " + marker);
    }

    @Test
    void officersMayReassignOnlyTheContactsTheyOwn() {
        long colleague = testUsers.ensure("rules.colleague", Role.OFFICER).id();
        long successor = testUsers.ensure("rules.successor", Role.OFFICER).id();
        long own = create("Own");
        long theirs = contacts.create(ContactDraft.of("Theirs", "Diallo " + marker, StakeholderCategory.OTHER)
                .withSensitivity(Sensitivity.NORMAL, colleague), null).id();

        int reassigned = contacts.bulk(BulkSelection.of(Set.of(own, theirs)), new BulkAction.SetOwner(successor));

        assertThat(reassigned).isEqualTo(1);
        assertThat(rowOf(own).ownerId()).isEqualTo(successor);
        assertThat(rowOf(theirs).ownerId()).isEqualTo(colleague);
    }

    @Test
    void managersMayReassignAnyContactTheySeeButNoOther() {
        long officer = testUsers.ensure("rules.officer", Role.OFFICER).id();
        long successor = testUsers.ensure("rules.successor", Role.OFFICER).id();
        long normal = create("Normal");
        long restricted = contacts.create(ContactDraft.of("Restricted", "Diallo " + marker,
                StakeholderCategory.OTHER).withSensitivity(Sensitivity.RESTRICTED, null), null).id();
        long confidential = contacts.create(ContactDraft.of("Confidential", "Diallo " + marker,
                StakeholderCategory.OTHER).withSensitivity(Sensitivity.CONFIDENTIAL, null), null).id();

        int reassigned = testUsers.as("rules.manager", Role.MANAGER, () -> contacts.bulk(
                BulkSelection.allMatching(mine), new BulkAction.SetOwner(successor)));

        assertThat(reassigned).isEqualTo(2);
        assertThat(testUsers.as("rules.successor", Role.OFFICER, () -> rowOf(normal).ownerId())).isEqualTo(successor);
        assertThat(testUsers.as("rules.successor", Role.OFFICER, () -> rowOf(restricted).ownerId()))
                .isEqualTo(successor);
        assertThat(contacts.find(confidential).orElseThrow().draft().ownerId()).isEqualTo(officer);
    }

    @Test
    void bulkReassignmentNeedsAnExistingColleague() {
        long contact = create("Amina");

        assertThatThrownBy(() -> contacts.bulk(BulkSelection.of(Set.of(contact)), new BulkAction.SetOwner(
                Long.MAX_VALUE))).isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("owner"));
        assertThat(rowOf(contact).ownerId()).isEqualTo(testUsers.ensure("rules.officer", Role.OFFICER).id());
    }

    @Test
    void bulkArchiveAndRestoreByFilterCountOnlyTheContactsTheyChange() {
        long amina = create("Amina");
        long piet = create("Piet");
        ContactDetails alreadyArchived = contacts.create(ContactDraft.of("Gone", "Diallo " + marker,
                StakeholderCategory.OTHER), null);
        contacts.setArchived(alreadyArchived.id(), alreadyArchived.version(), true);

        int archived = contacts.bulk(BulkSelection.allMatching(mine), new BulkAction.Archive());

        assertThat(archived).isEqualTo(2);
        assertThat(contacts.count(mine)).isZero();

        int restored = contacts.bulk(BulkSelection.allMatching(mine.withArchiveState(ArchiveState.ARCHIVED)),
                new BulkAction.Restore());

        assertThat(restored).isEqualTo(3);
        assertThat(contacts.list(mine, FIRST_PAGE).getContent()).extracting(ContactRow::id)
                .contains(amina, piet, alreadyArchived.id());
    }

    @Test
    void bulkArchiveAndRestoreByIds() {
        long amina = create("Amina");
        long piet = create("Piet");

        assertThat(contacts.bulk(BulkSelection.of(Set.of(amina, piet)), new BulkAction.Archive())).isEqualTo(2);
        assertThat(contacts.bulk(BulkSelection.of(Set.of(amina, piet)), new BulkAction.Archive())).isZero();
        assertThat(contacts.count(mine)).isZero();

        assertThat(contacts.bulk(BulkSelection.of(Set.of(piet)), new BulkAction.Restore())).isEqualTo(1);
        assertThat(contacts.list(mine, FIRST_PAGE).getContent()).extracting(ContactRow::id).containsExactly(piet);
    }

    @Test
    void bulkActionWithNothingSelectedChangesNothing() {
        create("Amina");

        assertThat(contacts.bulk(BulkSelection.of(Set.of()), new BulkAction.Archive())).isZero();
        assertThat(contacts.count(mine)).isEqualTo(1);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private long create(String givenName) {
        return contacts.create(ContactDraft.of(givenName, "Diallo " + marker, StakeholderCategory.OTHER), null).id();
    }

    private ContactRow rowOf(long id) {
        return contacts.list(ContactFilter.NONE.withText(marker).withArchiveState(ArchiveState.ALL),
                        FIRST_PAGE).getContent().stream()
                .filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    private static long primaryOrganization(ContactDetails contact) {
        return contact.affiliations().stream().filter(AffiliationRow::primary).findFirst().orElseThrow()
                .organizationId();
    }

    private static AffiliationRow affiliationAt(ContactDetails contact, long organizationId) {
        return contact.affiliations().stream().filter(a -> a.organizationId() == organizationId).findFirst()
                .orElseThrow();
    }

    private static List<String> paths(ConstraintViolationException refused) {
        return refused.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath)
                .map(Object::toString).toList();
    }

    private static ContactDraft withInfluence(ContactDraft draft, int influence) {
        return new ContactDraft(draft.honorific(), draft.givenName(), draft.familyName(), draft.jobTitle(),
                draft.category(), draft.countryCode(), draft.correspondenceLanguage(), draft.languages(),
                draft.emails(), draft.phones(), draft.ownerId(), influence, draft.stance(), draft.sensitivity(),
                draft.lawfulBasis(), draft.consentNote(), draft.tags());
    }

    private static OrganizationDraft organization(String name) {
        return new OrganizationDraft(name, null, OrganizationKind.PERMANENT_MISSION, null, null, null, null);
    }
}
