package org.interlocutor.contact;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * A condition on a contact id that another feature adds to one of the contact feature's queries, such as "took part
 * in this campaign's engagements" (usually {@code contactId.in(subquery)}): the database then selects the contacts
 * in one query instead of being handed thousands of ids. The need-to-know rule is still the contact feature's.
 */
@FunctionalInterface
public interface ContactIdCondition {

    Predicate holdsFor(Expression<Long> contactId, AbstractQuery<?> query, CriteriaBuilder cb);
}
