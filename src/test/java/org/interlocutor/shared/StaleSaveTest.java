package org.interlocutor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people editing one record: the second save is refused, and the refusal names whoever saved first and when,
 * as long as the person may see the record; one they may not see is refused without a word about it.
 */
@IntegrationTest
@WithStaff(username = "stale.first", role = Role.OFFICER)
class StaleSaveTest {

    private static final String RIVAL = "stale.second";

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    EngagementService engagements;
    @Autowired
    TestUsers testUsers;

    private final String marker = "Stale" + System.nanoTime() % 1_000_000;

    private static void assertNames(StaleRecordException refusal, Instant savedAt) {
        assertThat(refusal.savedBy()).contains("Stale second");
        assertThat(refusal.savedAt()).hasValueSatisfying(at -> assertThat(at).isCloseTo(savedAt,
                within(1, ChronoUnit.SECONDS)));
    }

    @Test
    void aContactSavedMeanwhileIsRefusedNamingWhoSavedItAndWhen() {
        ContactDetails opened = contacts.create(ContactDraft.of("Amina", marker, StakeholderCategory.ACADEMIA), null);
        ContactDetails saved = testUsers.as(RIVAL, Role.OFFICER,
                () -> contacts.update(opened.id(), opened.version(), opened.draft().withCountry("SN")));

        assertThatThrownBy(() -> contacts.update(opened.id(), opened.version(), opened.draft().withCountry("KE")))
                .isInstanceOfSatisfying(StaleRecordException.class, refusal -> assertNames(refusal,
                        saved.updatedAt()));
        assertThat(contacts.find(opened.id()).orElseThrow().draft().countryCode()).isEqualTo("SN");
    }

    @Test
    void anOrganisationSavedMeanwhileIsRefusedNamingWhoSavedItAndWhen() {
        OrganizationRow opened = organizations.create(new OrganizationDraft(marker, null, OrganizationKind.NGO, "FR",
                null, null, null));
        OrganizationRow saved = testUsers.as(RIVAL, Role.OFFICER, () -> organizations.update(opened.id(),
                opened.version(), new OrganizationDraft(marker + " renamed", null, OrganizationKind.NGO, "FR", null,
                        null, null)));

        assertThatThrownBy(() -> organizations.update(opened.id(), opened.version(), new OrganizationDraft(
                marker + " mine", null, OrganizationKind.NGO, "FR", null, null, null)))
                .isInstanceOfSatisfying(StaleRecordException.class, refusal -> assertNames(refusal,
                        saved.updatedAt()));
    }

    @Test
    void anEngagementSavedMeanwhileIsRefusedNamingWhoSavedItAndWhen() {
        ContactDetails participant = contacts.create(ContactDraft.of("Omar", marker,
                StakeholderCategory.CIVIL_SOCIETY), null);
        Instant at = Instant.parse("2026-03-03T09:00:00Z");
        long me = testUsers.ensure("stale.first", Role.OFFICER).id();
        EngagementDraft draft = new EngagementDraft(EngagementKind.MEETING, at, null,
                "The Hague", "Meeting " + marker, null, null, Set.of(participant.id()), Set.of(), Set.of(me),
                Set.of(), Sensitivity.NORMAL, List.of());
        EngagementDetails opened = engagements.create(draft);
        EngagementDetails saved = testUsers.as(RIVAL, Role.OFFICER, () -> engagements.update(opened.id(),
                opened.version(), draft.withStartedAt(at.plus(1, ChronoUnit.DAYS))));

        assertThatThrownBy(() -> engagements.update(opened.id(), opened.version(),
                draft.withStartedAt(at.plus(2, ChronoUnit.DAYS))))
                .isInstanceOfSatisfying(StaleRecordException.class, refusal -> assertNames(refusal,
                        saved.updatedAt()));
    }

    @Test
    void aConfidentialContactOutOfSightIsRefusedWithoutNamingAnyone() {
        long owner = testUsers.ensure("stale.owner", Role.OFFICER).id();
        ContactDetails guarded = testUsers.as("stale.owner", Role.OFFICER, () -> contacts.create(
                ContactDraft.of("Guarded", marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                        .withSensitivity(Sensitivity.CONFIDENTIAL, owner), null));

        assertThatThrownBy(() -> contacts.update(guarded.id(), guarded.version(), guarded.draft().withCountry("KE")))
                .isInstanceOfSatisfying(StaleRecordException.class, refusal -> {
                    assertThat(refusal.savedBy()).isEmpty();
                    assertThat(refusal.savedAt()).isEmpty();
                });
    }
}
