package org.interlocutor.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlocutor.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * What a stakeholder map reads from engagements, through {@link EngagementVisibility}: who took part in a campaign's
 * engagements up to an instant, and when each was last engaged before it. Both read the key table, whose rows carry
 * the engagement's start and need-to-know columns (deleted engagements have no keys).
 */
@Component
class StakeholderMapQueries {

    /** Look-up keys per query: well below the 1,000 values from which MariaDB turns an IN list into a table. */
    private static final int CHUNK = 500;

    private final EntityManager entityManager;

    StakeholderMapQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The contacts who took part in an engagement of the campaign that started before the instant and that the
     * reader may see. Whether the reader may see the contacts themselves is the contact feature's to say.
     */
    List<Long> participantsBefore(long campaignId, Instant end, SignedInUser viewer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<EngagementLinks.Participant> participant = query.from(EngagementLinks.Participant.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        query.select(participant.get("contactId")).distinct(true).where(
                cb.equal(key.get("lookup"), EngagementKeys.campaign(campaignId)),
                cb.lessThan(key.get("startedAt"), end),
                cb.equal(key.get("engagementId"), participant.get("engagementId")),
                EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer));
        return entityManager.createQuery(query).getResultList();
    }

    /**
     * When each of these contacts' latest engagement that the reader may see started, among those that started
     * before the instant; contacts without one are absent. One query per {@value #CHUNK} contacts, each reading
     * the contacts' key rows from the key table's primary key.
     */
    Map<Long, Instant> lastEngagedBefore(Collection<Long> contactIds, Instant end, SignedInUser viewer) {
        Map<String, Long> idByLookup = new HashMap<>();
        contactIds.forEach(id -> idByLookup.put(EngagementKeys.contact(id), id));
        List<String> lookups = new ArrayList<>(idByLookup.keySet());
        Map<Long, Instant> latest = new HashMap<>();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        for (int from = 0; from < lookups.size(); from += CHUNK) {
            List<String> chunk = lookups.subList(from, Math.min(lookups.size(), from + CHUNK));
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
            Expression<Instant> last = cb.greatest(key.<Instant>get("startedAt"));
            query.multiselect(key.get("lookup"), last).where(
                    key.get("lookup").in(chunk),
                    cb.lessThan(key.get("startedAt"), end),
                    EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer))
                    .groupBy(key.get("lookup"));
            for (Tuple row : entityManager.createQuery(query).getResultList()) {
                latest.put(idByLookup.get(row.get(0, String.class)), row.get(1, Instant.class));
            }
        }
        return latest;
    }
}
