package org.interlocutor.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.interlocutor.contact.ContactIdCondition;
import org.interlocutor.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * What a stakeholder map reads from engagements, through {@link EngagementVisibility}: who took part in a campaign's
 * engagements up to an instant, and when each was last engaged before it. Both read the key table, whose rows carry
 * the engagement's start and need-to-know columns (deleted engagements have no keys).
 */
@Component
class StakeholderMapQueries {

    private final EntityManager entityManager;

    StakeholderMapQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The contacts who took part in an engagement of the campaign that started before {@code end} and that the
     * reader may see, each with the start of their latest engagement before {@code end} that the reader may see (in
     * the campaign or not). One query: the latest engagement is read, per person, newest first from the key table's
     * primary key, stopping at the first visible one. Whether the reader may see the people is the contact feature's
     * to say.
     */
    Map<Long, Optional<Instant>> participantsBefore(long campaignId, Instant end, SignedInUser viewer) {
        HibernateCriteriaBuilder cb = entityManager.unwrap(org.hibernate.Session.class).getCriteriaBuilder();
        JpaCriteriaQuery<Tuple> query = cb.createTupleQuery();
        // the distinct participants first (a derived table), so that each one's latest engagement is looked up once
        JpaSubQuery<Tuple> participants = query.subquery(Tuple.class);
        Root<EngagementLinks.Participant> participant = participants.from(EngagementLinks.Participant.class);
        Root<EngagementLinks.Key> key = participants.from(EngagementLinks.Key.class);
        participants.multiselect(participant.get("contactId").alias("contactId")).distinct(true)
                .where(inCampaignBefore(campaignId, end, participant, key, participants, cb, viewer));
        JpaDerivedRoot<Tuple> distinct = query.from(participants);
        Expression<Long> contactId = distinct.get("contactId");

        JpaSubQuery<Instant> latest = query.subquery(Instant.class);
        Root<EngagementLinks.Key> contactKey = latest.from(EngagementLinks.Key.class);
        Expression<Instant> startedAt = contactKey.get("startedAt");
        latest.select(startedAt).where(
                cb.equal(contactKey.get("lookup"), cb.concat(cb.literal("contact:"), contactId.as(String.class))),
                cb.lessThan(startedAt, end),
                EngagementVisibility.isVisible(contactKey, contactKey.get("engagementId"), latest, cb, viewer));
        latest.orderBy(cb.desc(startedAt)).fetch(1);

        query.multiselect(contactId, latest);
        Map<Long, Optional<Instant>> found = new HashMap<>();
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            found.put(row.get(0, Long.class), Optional.ofNullable(row.get(1, Instant.class)));
        }
        return found;
    }

    /** "Took part in an engagement of the campaign that started before {@code end} and the reader may see". */
    ContactIdCondition participantBefore(long campaignId, Instant end, SignedInUser viewer) {
        return (contactId, query, cb) -> {
            Subquery<Long> participants = query.subquery(Long.class);
            Root<EngagementLinks.Participant> participant = participants.from(EngagementLinks.Participant.class);
            Root<EngagementLinks.Key> key = participants.from(EngagementLinks.Key.class);
            participants.select(participant.get("contactId")).where(inCampaignBefore(campaignId, end, participant,
                    key, participants, cb, viewer));
            return contactId.in(participants);
        };
    }

    private static Predicate[] inCampaignBefore(long campaignId, Instant end,
                                                Root<EngagementLinks.Participant> participant,
                                                Root<EngagementLinks.Key> key, AbstractQuery<?> query,
                                                jakarta.persistence.criteria.CriteriaBuilder cb,
                                                SignedInUser viewer) {
        return new Predicate[] {
                cb.equal(key.get("lookup"), EngagementKeys.campaign(campaignId)),
                cb.lessThan(key.get("startedAt"), end),
                cb.equal(key.get("engagementId"), participant.get("engagementId")),
                EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer)
        };
    }
}
