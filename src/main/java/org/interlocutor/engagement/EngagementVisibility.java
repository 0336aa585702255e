package org.interlocutor.engagement;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.interlocutor.security.Role;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.Sensitivity;

/**
 * The need-to-know rule for engagements, in the one place every engagement and follow-up query takes it from. An
 * engagement is visible when it is NORMAL, when the reader logged it, when the reader was present or holds one of
 * its follow-ups, or when it is RESTRICTED and the reader is a manager or an administrator. An engagement is never
 * less sensitive than its most sensitive participant, so a confidential person's meetings stay as hidden as the
 * person. The rule is part of each query's WHERE clause: timelines, lists, counts and follow-ups all agree.
 */
final class EngagementVisibility {

    private EngagementVisibility() {
    }

    /** The rule on an engagement row, or on a key row (which carries copies of the same columns). */
    static Predicate isVisible(From<?, ?> row, Expression<Long> engagementId, AbstractQuery<?> query,
                               CriteriaBuilder cb, SignedInUser viewer) {
        List<Predicate> anyOf = new ArrayList<>();
        anyOf.add(cb.equal(row.get("sensitivity"), Sensitivity.NORMAL));
        anyOf.add(cb.equal(row.get("ownerId"), viewer.id()));
        if (viewer.role().includes(Role.MANAGER)) {
            anyOf.add(cb.equal(row.get("sensitivity"), Sensitivity.RESTRICTED));
        }
        Subquery<Integer> granted = query.subquery(Integer.class);
        Root<EngagementLinks.Access> access = granted.from(EngagementLinks.Access.class);
        // Only guarded rows need the look-up. Saying so also keeps MariaDB from materializing every engagement the
        // reader may access (hundreds of thousands for a busy officer) before reading the first row of a page.
        granted.select(cb.literal(1)).where(cb.equal(access.get("engagementId"), engagementId),
                cb.equal(access.get("userId"), viewer.id()),
                cb.notEqual(row.get("sensitivity"), Sensitivity.NORMAL));
        anyOf.add(cb.exists(granted));
        return cb.or(anyOf.toArray(Predicate[]::new));
    }

    /**
     * True when the reader sees this engagement whoever else may: it is NORMAL, theirs, or RESTRICTED and they are a
     * manager or an administrator. Otherwise only its list of readers ({@code engagement_access}) lets them in.
     */
    static boolean seesWithoutReaderList(Engagement engagement, SignedInUser viewer) {
        return engagement.sensitivity() == Sensitivity.NORMAL || engagement.ownerId() == viewer.id()
                || engagement.sensitivity() == Sensitivity.RESTRICTED && viewer.role().includes(Role.MANAGER);
    }

    /** The engagement with this id, deleted or not, when the reader may see it. */
    static org.springframework.data.jpa.domain.Specification<Engagement> withIdVisibleTo(long id,
                                                                                        SignedInUser viewer) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("id"), id),
                isVisible(root, root.get("id"), query, cb, viewer));
    }

    /** The live (not deleted) engagements among these ids that the reader may see. */
    static org.springframework.data.jpa.domain.Specification<Engagement> liveWithIdInVisibleTo(
            java.util.Collection<Long> ids, SignedInUser viewer) {
        return (root, query, cb) -> cb.and(root.get("id").in(ids), cb.isFalse(root.get("archived")),
                isVisible(root, root.get("id"), query, cb, viewer));
    }

    /** True when the engagement with this id is live (not deleted) and visible: for follow-up queries. */
    static Predicate isLiveAndVisible(Expression<Long> engagementId, AbstractQuery<?> query, CriteriaBuilder cb,
                                      SignedInUser viewer) {
        Subquery<Integer> visible = query.subquery(Integer.class);
        Root<Engagement> engagement = visible.from(Engagement.class);
        visible.select(cb.literal(1)).where(cb.equal(engagement.get("id"), engagementId),
                cb.isFalse(engagement.get("archived")),
                isVisible(engagement, engagement.get("id"), visible, cb, viewer));
        return cb.exists(visible);
    }
}
