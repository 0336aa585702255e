package org.interlocutor.contact;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;

/**
 * A condition another feature adds to a contacts query, on the contact's id and last-engagement date: "not met
 * lately", written by the engagement feature, which knows what a meeting is and who may see it.
 */
@FunctionalInterface
public interface ContactCondition {

    Predicate on(Expression<Long> contactId, Expression<LocalDate> lastEngagedOn, AbstractQuery<?> query,
                 CriteriaBuilder cb);
}
