package org.interlocutor.engagement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the ids of the engagements a filter selects, newest first, for one reader. A filtered list starts from
 * the key rows of its most selective filter (already in time order in the key table's primary key) and tests the
 * others with EXISTS; an unfiltered one reads the engagement table's (archived, started_at) index. Free text
 * starts from the words when they are rare and from the time order when they are common, so that neither a rare
 * nor a common word makes the database sort or scan a million rows.
 */
@Component
class EngagementSearch {

    /** Up to this many key rows for a word, the word's rows are sorted; beyond, the time order is scanned. */
    static final int RARE_WORD_ROWS = 2000;

    private final EntityManager entityManager;

    EngagementSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Long> ids(EngagementFilter filter, SignedInUser viewer, long offset, int limit) {
        Plan plan = plan(filter);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        if (plan.drivingKey() != null || plan.drivingWord() != null) {
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
            Path<Long> id = key.get("engagementId");
            Path<Instant> startedAt = key.get("startedAt");
            query.multiselect(id, startedAt)
                    .where(conditions(plan, filter, key, id, startedAt, query, cb, viewer))
                    .orderBy(plan.drivingKey() != null
                            // the fixed lookup first: H2 then reads its descending index in order (MySQL needs no hint)
                            ? List.of(cb.asc(key.get("lookup")), cb.desc(startedAt), cb.desc(id))
                            : List.of(cb.desc(startedAt), cb.desc(id)));
            // several words of one engagement can start with what was typed
            query.distinct(plan.drivingWord() != null);
            return entityManager.createQuery(query).setFirstResult(Math.toIntExact(offset)).setMaxResults(limit)
                    .getResultList().stream().map(tuple -> tuple.get(0, Long.class)).toList();
        }
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Engagement> engagement = query.from(Engagement.class);
        Path<Long> id = engagement.get("id");
        Path<Instant> startedAt = engagement.get("startedAt");
        List<Predicate> where = conditions(plan, filter, engagement, id, startedAt, query, cb, viewer);
        where.add(cb.isFalse(engagement.get("archived")));
        // archived (fixed by the WHERE) first: H2 then reads its descending index in order instead of sorting
        query.select(id).where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(engagement.get("archived")), cb.desc(startedAt), cb.desc(id));
        return entityManager.createQuery(query).setFirstResult(Math.toIntExact(offset)).setMaxResults(limit)
                .getResultList();
    }

    long count(EngagementFilter filter, SignedInUser viewer) {
        Plan plan = plan(filter);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        if (plan.drivingKey() != null || plan.drivingWord() != null) {
            Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
            Path<Long> id = key.get("engagementId");
            query.select(plan.drivingWord() != null ? cb.countDistinct(id) : cb.count(id))
                    .where(conditions(plan, filter, key, id, key.get("startedAt"), query, cb, viewer)
                            .toArray(Predicate[]::new));
        } else {
            Root<Engagement> engagement = query.from(Engagement.class);
            List<Predicate> where = conditions(plan, filter, engagement, engagement.get("id"),
                    engagement.get("startedAt"), query, cb, viewer);
            where.add(cb.isFalse(engagement.get("archived")));
            query.select(cb.count(engagement)).where(where.toArray(Predicate[]::new));
        }
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Which key drives the query, and which keys and words are tested on each row. */
    private record Plan(@Nullable String drivingKey, @Nullable String drivingWord, List<String> otherKeys, List<String> otherWords) {
    }

    private Plan plan(EngagementFilter filter) {
        List<String> keys = exactKeys(filter);
        List<String> words = List.copyOf(EngagementKeys.words(filter.text()));
        if (!keys.isEmpty()) {
            return new Plan(keys.getFirst(), null, keys.subList(1, keys.size()), words);
        }
        if (!words.isEmpty() && isRare(words.getFirst())) {
            return new Plan(null, words.getFirst(), List.of(), words.subList(1, words.size()));
        }
        return new Plan(null, null, List.of(), words);
    }

    /** The filter's exact keys, the usually most selective first. */
    private static List<String> exactKeys(EngagementFilter filter) {
        List<String> keys = new ArrayList<>();
        if (filter.contactId() != null) {
            keys.add(EngagementKeys.contact(filter.contactId()));
        }
        if (filter.organizationId() != null) {
            keys.add(EngagementKeys.organization(filter.organizationId()));
        }
        if (filter.campaignId() != null) {
            keys.add(EngagementKeys.campaign(filter.campaignId()));
        }
        if (filter.staffId() != null) {
            keys.add(EngagementKeys.staff(filter.staffId()));
        }
        if (filter.countryCode() != null) {
            keys.add(EngagementKeys.country(filter.countryCode()));
        }
        if (filter.category() != null) {
            keys.add(EngagementKeys.category(filter.category()));
        }
        if (filter.regionalGroup() != null) {
            keys.add(EngagementKeys.group(filter.regionalGroup()));
        }
        if (filter.kind() != null) {
            keys.add(EngagementKeys.kind(filter.kind()));
        }
        return keys;
    }

    private boolean isRare(String word) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<EngagementLinks.Key> key = query.from(EngagementLinks.Key.class);
        query.select(key.get("engagementId")).where(wordLike(key, word, cb));
        return entityManager.createQuery(query).setMaxResults(RARE_WORD_ROWS + 1).getResultList().size()
                <= RARE_WORD_ROWS;
    }

    private static List<Predicate> conditions(Plan plan, EngagementFilter filter, From<?, ?> row,
                                              Expression<Long> id, Path<Instant> startedAt, AbstractQuery<?> query,
                                              CriteriaBuilder cb, SignedInUser viewer) {
        List<Predicate> where = new ArrayList<>();
        if (plan.drivingKey() != null) {
            where.add(cb.equal(row.get("lookup"), plan.drivingKey()));
        }
        if (plan.drivingWord() != null) {
            where.add(wordLike(row, plan.drivingWord(), cb));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(startedAt, filter.from()));
        }
        if (filter.until() != null) {
            where.add(cb.lessThan(startedAt, filter.until()));
        }
        for (String other : plan.otherKeys()) {
            where.add(hasKey(id, startedAt, other, false, query, cb));
        }
        for (String word : plan.otherWords()) {
            where.add(hasKey(id, startedAt, word, true, query, cb));
        }
        where.add(EngagementVisibility.isVisible(row, id, query, cb, viewer));
        return where;
    }

    private static Predicate hasKey(Expression<Long> engagementId, Path<Instant> startedAt, String keyOrWord,
                                    boolean word, AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<Integer> exists = query.subquery(Integer.class);
        Root<EngagementLinks.Key> key = exists.from(EngagementLinks.Key.class);
        // An engagement's keys carry its start time, so the time condition always holds. It is there for MariaDB:
        // correlated by more than equalities, the EXISTS is tested row by row along the page instead of first
        // materializing every engagement with a common key or word (a hundred times slower for "budget").
        exists.select(cb.literal(1)).where(cb.equal(key.get("engagementId"), engagementId),
                cb.lessThanOrEqualTo(key.get("startedAt"), startedAt),
                word ? wordLike(key, keyOrWord, cb) : cb.equal(key.get("lookup"), keyOrWord));
        return cb.exists(exists);
    }

    /** The word keys starting with the typed word: "amn" finds "amnesty". */
    private static Predicate wordLike(From<?, ?> key, String word, CriteriaBuilder cb) {
        return cb.like(key.get("lookup"), SearchPatterns.startsWith(EngagementKeys.word(word)), '!');
    }
}
