package org.interlocutor.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlocutor.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Counts and existence tests over the engagement_key table, for figures: how many engagements carry a key in a
 * period, whether any engagement touched a country, when a person was last met. Each reads one key's rows in their
 * primary-key order, (lookup, started_at), so that a period is an index range and never a scan of a million
 * engagements; each carries {@link EngagementVisibility}, so a figure counts only what its reader may see.
 */
@Component
class EngagementCounts {

    private final EntityManager entityManager;

    EngagementCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether an engagement the reader may see carries the key and started in [from, until). */
    boolean any(String lookup, Instant from, Instant until, SignedInUser viewer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        query.select(key.get("engagementId")).where(cb.equal(key.get("lookup"), lookup),
                during(key, from, until, cb), EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb,
                        viewer));
        // the first visible row answers: the range is not read further
        return !entityManager.createQuery(query).setMaxResults(1).getResultList().isEmpty();
    }

    /** How many engagements the reader may see started in [from, until) under each of the keys. */
    Map<String, Long> countByKey(Collection<String> lookups, Instant from, Instant until, SignedInUser viewer) {
        Map<String, Long> counts = new HashMap<>();
        if (lookups.isEmpty()) {
            return counts;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        Path<String> lookup = key.get("lookup");
        query.multiselect(lookup, cb.count(key)).where(lookup.in(lookups), during(key, from, until, cb),
                        EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer))
                .groupBy(lookup);
        entityManager.createQuery(query).getResultList()
                .forEach(row -> counts.put(row.get(0, String.class), row.get(1, Long.class)));
        return counts;
    }

    /** How many engagements the reader may see started in [from, until) with at least one of the keys. */
    long countWithAnyKey(Collection<String> lookups, Instant from, Instant until, SignedInUser viewer) {
        if (lookups.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        query.select(cb.countDistinct(key.get("engagementId"))).where(key.get("lookup").in(lookups),
                during(key, from, until, cb),
                EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** When the latest engagement the reader may see under the key started, before {@code until}. */
    Optional<Instant> latest(String lookup, Instant until, SignedInUser viewer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Instant> query = cb.createQuery(Instant.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        Path<Instant> startedAt = key.get("startedAt");
        query.select(startedAt).where(cb.equal(key.get("lookup"), lookup), cb.lessThan(startedAt, until),
                        EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer))
                // the fixed lookup first: H2 then reads its descending index in order (MySQL needs no hint)
                .orderBy(cb.asc(key.get("lookup")), cb.desc(startedAt), cb.desc(key.get("engagementId")));
        return entityManager.createQuery(query).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * True when no engagement the reader may see with the contact started in [from, until), as a condition of a
     * contacts query. The contact's own last-engagement date, which any engagement sets whoever may see it,
     * answers first for the people not met at all since then; only the others are looked up in their keys.
     */
    static Predicate notEngaged(Expression<Long> contactId, Expression<LocalDate> lastEngagedOn, Instant from,
                                Instant until, AbstractQuery<?> query, CriteriaBuilder cb, SignedInUser viewer) {
        LocalDate firstDay = LocalDate.ofInstant(from, java.time.ZoneOffset.UTC);
        Subquery<Integer> engaged = query.subquery(Integer.class);
        Root<EngagementLinks.Key> key = engaged.from(EngagementLinks.Key.class);
        engaged.select(cb.literal(1)).where(
                cb.equal(key.get("lookup"), cb.concat(EngagementKeys.CONTACT_PREFIX, contactId.cast(String.class))),
                during(key, from, until, cb),
                EngagementVisibility.isVisible(key, key.get("engagementId"), engaged, cb, viewer));
        return cb.or(cb.isNull(lastEngagedOn), cb.lessThan(lastEngagedOn, firstDay), cb.not(cb.exists(engaged)));
    }

    /** (assignee id, how many, earliest due date) of the open follow-ups due before the day that the reader may see. */
    List<Object[]> overdueByAssignee(LocalDate day, SignedInUser viewer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<FollowUp> followUp = query.from(FollowUp.class);
        Path<Long> assignee = followUp.get("assigneeId");
        Path<LocalDate> dueOn = followUp.get("dueOn");
        query.multiselect(assignee, cb.count(followUp), cb.least(dueOn))
                .where(cb.equal(followUp.get("status"), FollowUpStatus.OPEN), cb.lessThan(dueOn, day),
                        EngagementVisibility.isLiveAndVisible(followUp.get("engagementId"), query, cb, viewer))
                .groupBy(assignee);
        return entityManager.createQuery(query).getResultList();
    }

    private static Predicate during(Root<EngagementLinks.Key> key, Instant from, Instant until, CriteriaBuilder cb) {
        Path<Instant> startedAt = key.get("startedAt");
        return cb.and(cb.greaterThanOrEqualTo(startedAt, from), cb.lessThan(startedAt, until));
    }
}
