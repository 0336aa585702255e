package org.interlocutor.contact;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.interlocutor.shared.Sensitivity;
import org.springframework.data.jpa.domain.Specification;

/**
 * The need-to-know rule for contacts, in the one place every contact query takes it from. A contact is visible
 * when it is NORMAL, when the viewer owns it, when the viewer was granted access, or when it is RESTRICTED and the
 * viewer is a manager or an administrator. Everything else does not exist for the viewer: the rule is part of
 * each query's WHERE clause, so that lists, counts, searches, member lists and look-ups by id all agree.
 */
final class ContactVisibility {

    private ContactVisibility() {
    }

    static Specification<Contact> visibleTo(Viewer viewer) {
        return (root, query, cb) -> isVisible(root, query, cb, viewer);
    }

    /** The rule on a contact reached through a join (an affiliation's person, for member lists). */
    static Predicate isVisible(Path<Contact> contact, AbstractQuery<?> query, CriteriaBuilder cb,
                                       Viewer viewer) {
        List<Predicate> anyOf = new ArrayList<>();
        anyOf.add(cb.equal(contact.get("sensitivity"), Sensitivity.NORMAL));
        anyOf.add(cb.equal(contact.get("ownerId"), viewer.userId()));
        if (viewer.seesRestricted()) {
            anyOf.add(cb.equal(contact.get("sensitivity"), Sensitivity.RESTRICTED));
        }
        Subquery<Integer> granted = query.subquery(Integer.class);
        Root<ContactLinks.GrantLink> grant = granted.from(ContactLinks.GrantLink.class);
        granted.select(cb.literal(1)).where(cb.equal(grant.get("contactId"), contact.get("id")),
                cb.equal(grant.get("userId"), viewer.userId()));
        anyOf.add(cb.exists(granted));
        return cb.or(anyOf.toArray(Predicate[]::new));
    }

    /**
     * True when the viewer sees this contact (found through {@link #visibleTo}) only through a break-glass access
     * whose time is over. The queries above read every grant row alike, so that lists and counts stay as fast as
     * they were; a scheduled sweep deletes expired break-glass rows within a minute, and a single record's page,
     * where such an access is used, asks this on top so that it closes on the minute.
     */
    static boolean seenOnlyThroughExpiredBreakGlass(Contact contact, Viewer viewer, java.time.Instant now) {
        if (contact.sensitivity() == Sensitivity.NORMAL
                || java.util.Objects.equals(contact.ownerId(), viewer.userId())
                || contact.sensitivity() == Sensitivity.RESTRICTED && viewer.seesRestricted()) {
            return false;
        }
        return contact.grants().stream().anyMatch(grant -> grant.userId() == viewer.userId()
                && grant.expiredAt(now));
    }
}
