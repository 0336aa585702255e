package org.interlocutor.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.interlocutor.contact.ContactService;
import org.interlocutor.security.SignedInUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The people who took part in a campaign's engagements. Both rules apply: the engagement must be visible to the
 * reader ({@link EngagementVisibility}) and so must the person (the contact feature's rule).
 */
@Component
class ParticipantSearch {

    private final EntityManager entityManager;
    private final ContactService contacts;

    ParticipantSearch(EntityManager entityManager, ContactService contacts) {
        this.entityManager = entityManager;
        this.contacts = contacts;
    }

    List<Long> ofCampaign(long campaignId, SignedInUser viewer, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<EngagementLinks.Participant> participant = query.from(EngagementLinks.Participant.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        var latest = cb.greatest(key.<java.time.Instant>get("startedAt"));
        query.multiselect(participant.get("contactId"), latest)
                .where(inCampaign(campaignId, participant, key, query, cb, viewer))
                .groupBy(participant.get("contactId"))
                .orderBy(cb.desc(latest), cb.asc(participant.get("contactId")));
        return entityManager.createQuery(query).setFirstResult(Math.toIntExact(pageable.getOffset()))
                .setMaxResults(pageable.getPageSize()).getResultList().stream()
                .map(tuple -> tuple.get(0, Long.class)).toList();
    }

    long countOfCampaign(long campaignId, SignedInUser viewer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<EngagementLinks.Participant> participant = query.from(EngagementLinks.Participant.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        query.select(cb.countDistinct(participant.get("contactId")))
                .where(inCampaign(campaignId, participant, key, query, cb, viewer));
        return entityManager.createQuery(query).getSingleResult();
    }

    private Predicate[] inCampaign(long campaignId, Root<EngagementLinks.Participant> participant,
                                   Root<EngagementLinks.Key> key, CriteriaQuery<?> query, CriteriaBuilder cb,
                                   SignedInUser viewer) {
        return new Predicate[] {
                cb.equal(key.get("lookup"), EngagementKeys.campaign(campaignId)),
                cb.equal(key.get("engagementId"), participant.get("engagementId")),
                EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer),
                contacts.isVisible(participant.get("contactId"), query, cb)
        };
    }
}
