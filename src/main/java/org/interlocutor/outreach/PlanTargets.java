package org.interlocutor.outreach;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A plan's targets as the reader may know them, each with whether it has been reached. A contact target the reader
 * may not see is not there at all (the contact feature's rule, one query for the plan's contacts). Whether a
 * target is reached is the engagement feature's test: an engagement the reader may see touched it since the plan
 * began. The tests are asked in one query per hundred targets, the plan's row with one column per target: each is
 * then an index range read from the plan's first day that stops at the first engagement found, whatever the length
 * of a country's or an organisation's history before.
 */
@Component
class PlanTargets {

    private static final int COLUMNS = 100;

    /** A target the reader may see, its name when it is a contact, and whether it was reached. */
    record Target(long id, TargetKind kind, @Nullable Long contactId, @Nullable Long organizationId,
                  @Nullable String countryCode, @Nullable String contactName, boolean reached) {
    }

    private final OutreachTargetRepository targets;
    private final EntityManager entityManager;
    private final ContactService contacts;
    private final EngagementService engagements;

    PlanTargets(OutreachTargetRepository targets, EntityManager entityManager, ContactService contacts,
                EngagementService engagements) {
        this.targets = targets;
        this.entityManager = entityManager;
        this.contacts = contacts;
        this.engagements = engagements;
    }

    List<Target> of(long planId, Instant since) {
        List<OutreachTarget> all = targets.findByPlanId(planId);
        Map<Long, String> people = contacts.namesOf(all.stream().map(OutreachTarget::contactId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<OutreachTarget> visible = all.stream()
                .filter(target -> target.kind() != TargetKind.CONTACT || people.containsKey(target.contactId()))
                .toList();
        List<Target> found = new ArrayList<>(visible.size());
        for (int from = 0; from < visible.size(); from += COLUMNS) {
            List<OutreachTarget> chunk = visible.subList(from, Math.min(visible.size(), from + COLUMNS));
            List<Boolean> reached = reached(planId, chunk, since);
            for (int i = 0; i < chunk.size(); i++) {
                OutreachTarget target = chunk.get(i);
                found.add(new Target(target.id(), target.kind(), target.contactId(), target.organizationId(),
                        target.countryCode(), target.contactId() == null ? null : people.get(target.contactId()),
                        reached.get(i)));
            }
        }
        return found;
    }

    OutreachProgress progress(long planId, Instant since, boolean pastTargetDate) {
        List<Target> found = of(planId, since);
        return new OutreachProgress(found.size(), (int) found.stream().filter(Target::reached).count(),
                pastTargetDate);
    }

    /** The plan's row with a 1 or a 0 for each of these targets. */
    private List<Boolean> reached(long planId, List<OutreachTarget> chunk, Instant since) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<OutreachPlan> plan = query.from(OutreachPlan.class);
        List<Selection<?>> columns = new ArrayList<>(chunk.size());
        for (OutreachTarget target : chunk) {
            columns.add(asNumber(reached(target, since, query, cb), cb));
        }
        query.multiselect(columns).where(cb.equal(plan.get("id"), planId));
        List<Tuple> rows = entityManager.createQuery(query).getResultList();
        List<Boolean> reached = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            reached.add(!rows.isEmpty() && ((Number) rows.getFirst().get(i)).intValue() == 1);
        }
        return reached;
    }

    private Predicate reached(OutreachTarget target, Instant since, CriteriaQuery<?> query, CriteriaBuilder cb) {
        return switch (target.kind()) {
            case CONTACT -> engagements.contactEngagedSince(Objects.requireNonNull(target.contactId()), since,
                    query, cb);
            case ORGANIZATION -> engagements.organizationEngagedSince(
                    Objects.requireNonNull(target.organizationId()), since, query, cb);
            case COUNTRY -> engagements.countryEngagedSince(Objects.requireNonNull(target.countryCode()), since,
                    query, cb);
        };
    }

    private static Expression<Integer> asNumber(Predicate condition, CriteriaBuilder cb) {
        return cb.<Integer>selectCase().when(condition, 1).otherwise(0);
    }
}
