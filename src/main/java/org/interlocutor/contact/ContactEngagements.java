package org.interlocutor.contact;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the engagement feature tells this one about people's engagements, as the signed-in person may see them. A
 * contact's own last-engagement date is kept from every engagement, whoever may see it: shown or filtered on as it
 * is, it would date a meeting the reader may not know of (a NORMAL person met in a confidential meeting). So it only
 * narrows queries; what a reader is shown and filters on comes from here, under the engagement rule.
 */
public interface ContactEngagements {

    /**
     * The UTC day on which the latest engagement with each of these contacts that the signed-in person may see
     * started; contacts without one are left out.
     */
    Map<Long, LocalDate> lastEngagedOn(Collection<Long> contactIds);

    /**
     * True when the signed-in person may see an engagement with the contact that started at or after {@code from}
     * and before {@code until} (either open when null), as a condition of a contacts query.
     */
    Predicate engaged(Expression<Long> contactId, @Nullable Instant from, @Nullable Instant until,
                      AbstractQuery<?> query, CriteriaBuilder cb);
}
