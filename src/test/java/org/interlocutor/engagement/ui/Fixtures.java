package org.interlocutor.engagement.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Test data made the way people make it: contacts and engagements through their services, signed in as the
 * officer who would log them. Names carry a token no other test uses, so that a search finds only this test's data.
 */
final class Fixtures {

    private final ContactService contacts;
    private final EngagementService engagements;
    private final TestUsers users;
    private final JdbcClient jdbc;

    Fixtures(ContactService contacts, EngagementService engagements, TestUsers users, JdbcClient jdbc) {
        this.contacts = contacts;
        this.engagements = engagements;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A word no other test uses, for titles and names. */
    static String token() {
        return "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    long user(String username) {
        return users.ensure(username, Role.OFFICER).id();
    }

    ContactDetails contact(String as, ContactDraft draft, @Nullable AffiliationDraft affiliation) {
        return users.as(as, Role.OFFICER, () -> contacts.create(draft, affiliation));
    }

    ContactDetails contact(String as, String given, String family, StakeholderCategory category,
                           @Nullable String countryCode) {
        return contact(as, ContactDraft.of(given, family, category).withCountry(countryCode), null);
    }

    /** A contact only its owner may see. */
    ContactDetails confidential(String owner, String given, String family) {
        long ownerId = user(owner);
        return contact(owner, ContactDraft.of(given, family, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                .withSensitivity(Sensitivity.CONFIDENTIAL, ownerId), null);
    }

    EngagementDetails log(String as, Draft draft) {
        return users.as(as, Role.OFFICER, () -> engagements.create(draft.build(user(as))));
    }

    /**
     * A campaign row as the campaign feature keeps them; written straight to its table while the campaign service
     * on this branch is a placeholder.
     */
    long campaign(String name) {
        KeyHolder keys = new GeneratedKeyHolder();
        Instant now = Instant.now();
        jdbc.sql("insert into campaign (name, status, sort_name, archived, created_at, created_by, updated_at,"
                        + " updated_by, version) values (:name, 'ACTIVE', :sort, false, :now, 'test', :now, 'test', 0)")
                .param("name", name).param("sort", name.toLowerCase()).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    static Draft meeting(String title, Instant at) {
        return new Draft(title, at);
    }

    /** An engagement draft with only what a test cares about; the logging officer is present by default. */
    static final class Draft {

        private final String title;
        private final Instant at;
        private EngagementKind kind = EngagementKind.MEETING;
        private @Nullable String notes;
        private @Nullable String outcome;
        private final Set<Long> participants = new HashSet<>();
        private final Set<Long> organizations = new HashSet<>();
        private final Set<Long> staff = new HashSet<>();
        private final Set<Long> campaigns = new HashSet<>();
        private Sensitivity sensitivity = Sensitivity.NORMAL;
        private final List<FollowUpDraft> followUps = new ArrayList<>();

        private Draft(String title, Instant at) {
            this.title = title;
            this.at = at;
        }

        Draft kind(EngagementKind newKind) {
            kind = newKind;
            return this;
        }

        Draft notes(String newNotes) {
            notes = newNotes;
            return this;
        }

        Draft outcome(String newOutcome) {
            outcome = newOutcome;
            return this;
        }

        Draft with(ContactDetails... people) {
            for (ContactDetails person : people) {
                participants.add(person.id());
            }
            return this;
        }

        Draft organization(long organizationId) {
            organizations.add(organizationId);
            return this;
        }

        Draft staff(long userId) {
            staff.add(userId);
            return this;
        }

        Draft campaign(long campaignId) {
            campaigns.add(campaignId);
            return this;
        }

        Draft sensitivity(Sensitivity newSensitivity) {
            sensitivity = newSensitivity;
            return this;
        }

        Draft followUp(String description, long assigneeId, LocalDate dueOn, ContactDetails... concerning) {
            Set<Long> ids = new HashSet<>();
            for (ContactDetails person : concerning) {
                ids.add(person.id());
            }
            followUps.add(new FollowUpDraft(description, assigneeId, dueOn, ids));
            return this;
        }

        EngagementDraft build(long loggedBy) {
            Set<Long> present = new HashSet<>(staff);
            present.add(loggedBy);
            return new EngagementDraft(kind, at, null, null, title, notes, outcome, participants, organizations,
                    present, campaigns, sensitivity, followUps);
        }
    }
}
