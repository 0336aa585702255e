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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlocutor.contact.ContactEngagements;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link ContactEngagements} from the contacts' keys in the engagement_key table, under {@link EngagementVisibility}
 * for the signed-in person: read along the (lookup, started_at) index, one range per person.
 */
@Component
class ContactEngagementKeys implements ContactEngagements {

    /** Keys per query: well below the 1,000 values from which MariaDB turns an IN list into a derived table. */
    private static final int CHUNK = 500;

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    ContactEngagementKeys(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    @Override
    public Map<Long, LocalDate> lastEngagedOn(Collection<Long> contactIds) {
        Map<Long, LocalDate> days = new HashMap<>();
        if (contactIds.isEmpty()) {
            return days;
        }
        SignedInUser viewer = currentUser.require();
        Map<String, Long> byLookup = new HashMap<>();
        contactIds.forEach(id -> byLookup.put(EngagementKeys.contact(id), id));
        List<String> lookups = new ArrayList<>(byLookup.keySet());
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        for (int from = 0; from < lookups.size(); from += CHUNK) {
            List<String> chunk = lookups.subList(from, Math.min(lookups.size(), from + CHUNK));
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
            Path<String> lookup = key.get("lookup");
            query.multiselect(lookup, cb.greatest(key.<Instant>get("startedAt"))).where(lookup.in(chunk),
                            EngagementVisibility.isVisible(key, key.get("engagementId"), query, cb, viewer))
                    .groupBy(lookup);
            for (Tuple row : entityManager.createQuery(query).getResultList()) {
                days.put(byLookup.get(row.get(0, String.class)),
                        LocalDate.ofInstant(row.get(1, Instant.class), ZoneOffset.UTC));
            }
        }
        return days;
    }

    @Override
    public Predicate engaged(Expression<Long> contactId, @Nullable Instant from, @Nullable Instant until,
                             AbstractQuery<?> query, CriteriaBuilder cb) {
        SignedInUser viewer = currentUser.require();
        Subquery<Integer> engaged = query.subquery(Integer.class);
        Root<EngagementLinks.Key> key = engaged.from(EngagementLinks.Key.class);
        Path<Instant> startedAt = key.get("startedAt");
        List<Predicate> allOf = new ArrayList<>();
        allOf.add(cb.equal(key.get("lookup"), cb.concat(EngagementKeys.CONTACT_PREFIX,
                contactId.cast(String.class))));
        if (from != null) {
            allOf.add(cb.greaterThanOrEqualTo(startedAt, from));
        }
        if (until != null) {
            allOf.add(cb.lessThan(startedAt, until));
        }
        allOf.add(EngagementVisibility.isVisible(key, key.get("engagementId"), engaged, cb, viewer));
        engaged.select(cb.literal(1)).where(allOf.toArray(Predicate[]::new));
        return cb.exists(engaged);
    }
}
