package org.interlocutor.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
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

    /**
     * Which of the keys an engagement the reader may see carries, started in [from, until): one index probe per key,
     * each stopping at its first visible row. The query is compiled once and run for each key.
     */
    Set<String> anyOf(Collection<String> lookups, Instant from, Instant until, SignedInUser viewer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        ParameterExpression<String> lookup = cb.parameter(String.class);
        query.select(key.get("engagementId")).where(cb.equal(key.get("lookup"), lookup),
                during(key, from, until, cb), EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb,
                        viewer));
        TypedQuery<Long> probe = entityManager.createQuery(query).setMaxResults(1);
        Set<String> found = new HashSet<>();
        for (String each : lookups) {
            if (!probe.setParameter(lookup, each).getResultList().isEmpty()) {
                found.add(each);
            }
        }
        return found;
    }

    /**
     * How many engagements the reader may see carry each of the keys, by the (UTC) month they started in, among
     * those started in [from, until). One pass over the keys' index ranges.
     */
    Map<String, Map<YearMonth, Long>> countByKeyAndMonth(Collection<String> lookups, Instant from, Instant until,
                                                         SignedInUser viewer) {
        Map<String, Map<YearMonth, Long>> counts = new HashMap<>();
        if (lookups.isEmpty()) {
            return counts;
        }
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        Path<String> lookup = key.get("lookup");
        // started_at holds UTC wall-clock time (hibernate.jdbc.time_zone=UTC): these are UTC months
        Expression<Integer> year = cb.year(key.<Instant>get("startedAt"));
        Expression<Integer> month = cb.month(key.<Instant>get("startedAt"));
        query.multiselect(lookup, year, month, cb.count(key)).where(lookup.in(lookups), during(key, from, until, cb),
                        EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer))
                .groupBy(lookup, year, month);
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts.computeIfAbsent(row.get(0, String.class), any -> new HashMap<>())
                    .put(YearMonth.of(row.get(1, Integer.class), row.get(2, Integer.class)), row.get(3, Long.class));
        }
        return counts;
    }

    /**
     * For each key, when the latest engagement the reader may see under it started, before {@code until} (keys
     * without one left out). One query for a page of people: the keys' ranges are read whole, which is little for
     * people not met lately, and less than a round trip per person.
     */
    Map<String, Instant> latestOf(Collection<String> lookups, Instant until, SignedInUser viewer) {
        Map<String, Instant> latest = new HashMap<>();
        if (lookups.isEmpty()) {
            return latest;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        Path<String> lookup = key.get("lookup");
        Path<Instant> startedAt = key.get("startedAt");
        query.multiselect(lookup, cb.greatest(startedAt)).where(lookup.in(lookups), cb.lessThan(startedAt, until),
                        EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer))
                .groupBy(lookup);
        entityManager.createQuery(query).getResultList()
                .forEach(row -> latest.put(row.get(0, String.class), row.get(1, Instant.class)));
        return latest;
    }

    /**
     * True when no engagement the reader may see with the contact started in [from, until), as a condition of a
     * contacts query. The contact's own last-engagement date, which any engagement sets whoever may see it,
     * answers first for the people not met at all since then; only the others are looked up in their keys. (MariaDB
     * looks those up by the computed lookup alone and tests the period row by row: about as many key rows read as
     * such a person has engagements, never the whole table.)
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
