package org.interlocutor.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlocutor.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Whether, and when last, a contact, an organisation or a country was engaged since a moment, through the
 * engagements a reader may see: what an outreach plan's progress is made of. Both read the search keys (a
 * contact's, an organisation's or a country's timeline key) from their primary key, so a test costs an index
 * look-up, and the reader's need-to-know is {@link EngagementVisibility}'s.
 */
@Component
class EngagementReach {

    private static final int CHUNK = 500;

    private final EntityManager entityManager;

    EngagementReach(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * True when a live engagement the viewer may see, started at or after {@code since}, has the key. An EXISTS on
     * one key from a moment on: an index range read that stops at the first such engagement. (Correlated with
     * another table's column instead, MariaDB would read the key's whole history from its first row.)
     */
    static Predicate engagedSince(String lookup, Instant since, AbstractQuery<?> query, CriteriaBuilder cb,
                                  SignedInUser viewer) {
        Subquery<Integer> engaged = query.subquery(Integer.class);
        Root<EngagementLinks.Key> key = engaged.from(EngagementLinks.Key.class);
        engaged.select(cb.literal(1)).where(cb.equal(key.get("lookup"), lookup),
                cb.greaterThanOrEqualTo(key.get("startedAt"), since),
                EngagementVisibility.isVisible(key, key.get("engagementId"), engaged, cb, viewer));
        return cb.exists(engaged);
    }

    /** The start of the latest engagement the viewer may see since {@code since}, for each of these keys that has one. */
    Map<String, Instant> latestSince(List<String> lookups, Instant since, SignedInUser viewer) {
        Map<String, Instant> latest = new HashMap<>();
        for (int from = 0; from < lookups.size(); from += CHUNK) {
            List<String> chunk = lookups.subList(from, Math.min(lookups.size(), from + CHUNK));
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
            Path<String> lookup = key.get("lookup");
            Path<Instant> startedAt = key.get("startedAt");
            List<Predicate> where = new ArrayList<>();
            where.add(lookup.in(chunk));
            where.add(cb.greaterThanOrEqualTo(startedAt, since));
            where.add(EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer));
            query.multiselect(lookup, cb.greatest(startedAt)).where(where.toArray(Predicate[]::new))
                    .groupBy(lookup);
            for (Tuple row : entityManager.createQuery(query).getResultList()) {
                latest.put(row.get(0, String.class), row.get(1, Instant.class));
            }
        }
        return latest;
    }
}
