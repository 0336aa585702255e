package org.interlocutor.outreach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A plan's targets as the reader may know them, each with whether it has been reached: one query for the whole
 * plan. A contact target the reader may not see is not there at all (the contact feature's rule); a target is
 * reached when an engagement the reader may see touched it since the plan began (the engagement feature's rule,
 * an index look-up per target that stops at the first engagement found).
 */
@Component
class PlanTargets {

    /** A target and whether it was reached. */
    record Target(long id, TargetKind kind, @Nullable Long contactId, @Nullable Long organizationId,
                  @Nullable String countryCode, boolean reached) {
    }

    private final EntityManager entityManager;
    private final ContactService contacts;
    private final EngagementService engagements;

    PlanTargets(EntityManager entityManager, ContactService contacts, EngagementService engagements) {
        this.entityManager = entityManager;
        this.contacts = contacts;
        this.engagements = engagements;
    }

    List<Target> of(long planId, Instant since) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<OutreachTarget> target = query.from(OutreachTarget.class);
        query.multiselect(target.get("id"), target.get("kind"), target.get("contactId"),
                        target.get("organizationId"), target.get("countryCode"),
                        asNumber(reached(target, since, query, cb), cb))
                .where(ofPlanAndVisible(target, planId, query, cb));
        return entityManager.createQuery(query).getResultList().stream().map(row -> new Target(
                row.get(0, Long.class), row.get(1, TargetKind.class), row.get(2, Long.class), row.get(3, Long.class),
                row.get(4, String.class), row.get(5, Integer.class) == 1)).toList();
    }

    /** The counts only: how many targets the reader may see, and how many of those are reached. */
    OutreachProgress progress(long planId, Instant since, boolean pastTargetDate) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<OutreachTarget> target = query.from(OutreachTarget.class);
        query.multiselect(cb.count(target), cb.sum(asNumber(reached(target, since, query, cb), cb)))
                .where(ofPlanAndVisible(target, planId, query, cb));
        Tuple counts = entityManager.createQuery(query).getSingleResult();
        Number reached = counts.get(1, Number.class);
        return new OutreachProgress(Math.toIntExact(counts.get(0, Long.class)),
                reached == null ? 0 : reached.intValue(), pastTargetDate);
    }

    private Predicate ofPlanAndVisible(Root<OutreachTarget> target, long planId, AbstractQuery<?> query,
                                       CriteriaBuilder cb) {
        Path<TargetKind> kind = target.get("kind");
        return cb.and(cb.equal(target.get("planId"), planId),
                cb.or(cb.notEqual(kind, TargetKind.CONTACT), contacts.isVisible(target.get("contactId"), query, cb)));
    }

    private Predicate reached(Root<OutreachTarget> target, Instant since, AbstractQuery<?> query, CriteriaBuilder cb) {
        Path<TargetKind> kind = target.get("kind");
        return cb.or(
                cb.and(cb.equal(kind, TargetKind.CONTACT),
                        engagements.contactEngagedSince(target.get("contactId"), since, query, cb)),
                cb.and(cb.equal(kind, TargetKind.ORGANIZATION),
                        engagements.organizationEngagedSince(target.get("organizationId"), since, query, cb)),
                cb.and(cb.equal(kind, TargetKind.COUNTRY),
                        engagements.countryEngagedSince(target.get("countryCode"), since, query, cb)));
    }

    private static Expression<Integer> asNumber(Predicate condition, CriteriaBuilder cb) {
        return cb.<Integer>selectCase().when(condition, 1).otherwise(0);
    }
}
