package org.interlocutor.contact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Contacts' positions (influence and stance) over time, for {@link ContactService}: records each change, reads a
 * contact's history, and tells where contacts stood on a date. Only changes are written, never a contact's first
 * position: a contact stood on a date where it stands now, unless it changed after that date, in which case it stood
 * at the "before" of its first change after it. Dates are UTC days, as engagement times are.
 */
@Component
class ContactPositions {

    /** Ids per look-up: well below the 1,000 values from which MariaDB turns an IN list into a derived table. */
    private static final int CHUNK = 500;

    private final PositionChangeRepository changes;
    private final EntityManager entityManager;
    private final StaffDirectory staff;

    ContactPositions(PositionChangeRepository changes, EntityManager entityManager, StaffDirectory staff) {
        this.changes = changes;
        this.entityManager = entityManager;
        this.staff = staff;
    }

    /** The first instant after the UTC day: what happened before it happened by the end of the day. */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Writes a line of history when the contact's influence or stance differs from what it was before. */
    void recordChange(Contact contact, @Nullable Integer influenceBefore, Stance stanceBefore, Instant at,
                      String by) {
        if (!Objects.equals(influenceBefore, contact.influence()) || stanceBefore != contact.stance()) {
            changes.save(new PositionChange(contact.id(), at, by, influenceBefore, stanceBefore,
                    contact.influence(), contact.stance()));
        }
    }

    /** A contact's changes, newest first whatever the page's sort; the caller has checked the contact is visible. */
    Page<PositionChangeRow> history(long contactId, Pageable pageable) {
        Pageable newestFirst = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "changedAt", "id"))
                : Pageable.unpaged(Sort.by(Sort.Direction.DESC, "changedAt", "id"));
        Page<PositionChange> page = changes.findByContactId(contactId, newestFirst);
        Map<String, StaffMember> people = staff.byUsernamesOrEmails(
                page.getContent().stream().map(PositionChange::changedBy).toList());
        return page.map(change -> new PositionChangeRow(change.id(), change.changedAt(), change.changedBy(),
                people.containsKey(change.changedBy()) ? people.get(change.changedBy()).displayName()
                        : change.changedBy(),
                change.influenceBefore(), change.stanceBefore(), change.influenceAfter(), change.stanceAfter()));
    }

    /**
     * Where the active contacts among these ids that the viewer may see stood at the end of the date, in the order
     * of the ids; contacts entered after that day are left out. Two queries per {@value #CHUNK} ids.
     */
    List<ContactPosition> on(Collection<Long> ids, LocalDate date, Viewer viewer) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, ContactPosition> byId = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            on((contactId, query, cb) -> contactId.in(chunk), date, viewer)
                    .forEach(position -> byId.put(position.contactId(), position));
        }
        return distinct.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The same for the contacts that meet another feature's condition, in id order: two queries whatever their
     * number, the contacts' then the changes since the end of the date of those the first one found.
     */
    List<ContactPosition> on(ContactIdCondition among, LocalDate date, Viewer viewer) {
        Instant end = endOf(date);
        Map<Long, ContactPosition> now = currentPositions(among, end, viewer);
        if (now.isEmpty()) {
            return List.of();
        }
        Map<Long, PositionChange> firstChangeAfter = new HashMap<>();
        for (PositionChange change : changedSince(among, end)) {
            firstChangeAfter.putIfAbsent(change.contactId(), change);
        }
        List<ContactPosition> positions = new ArrayList<>(now.size());
        now.forEach((id, position) -> {
            PositionChange first = firstChangeAfter.get(id);
            positions.add(first == null ? position : new ContactPosition(id, position.displayName(),
                    first.influenceBefore(), first.stanceBefore(), position.version()));
        });
        positions.sort(java.util.Comparator.comparingLong(ContactPosition::contactId));
        return positions;
    }

    /** The changes made at or after the instant to contacts meeting the condition, each contact's earliest first. */
    private List<PositionChange> changedSince(ContactIdCondition among, Instant from) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<PositionChange> query = cb.createQuery(PositionChange.class);
        Root<PositionChange> change = query.from(PositionChange.class);
        query.where(cb.greaterThanOrEqualTo(change.get("changedAt"), from),
                        among.holdsFor(change.get("contactId"), query, cb))
                .orderBy(cb.asc(change.get("contactId")), cb.asc(change.get("changedAt")), cb.asc(change.get("id")));
        return entityManager.createQuery(query).getResultList();
    }

    /** Today's position of the active contacts meeting the condition that the viewer may see, entered before then. */
    private Map<Long, ContactPosition> currentPositions(ContactIdCondition among, Instant enteredBefore, Viewer viewer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Contact> contact = query.from(Contact.class);
        query.multiselect(contact.get("id"), contact.get("honorific"), contact.get("givenName"),
                        contact.get("familyName"), contact.get("influence"), contact.get("stance"),
                        contact.get("version"))
                .where(among.holdsFor(contact.get("id"), query, cb), cb.isFalse(contact.get("archived")),
                        cb.lessThan(contact.get("createdAt"), enteredBefore),
                        ContactVisibility.isVisible(contact, query, cb, viewer));
        Map<Long, ContactPosition> positions = new HashMap<>();
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            long id = ((Number) row[0]).longValue();
            String name = row[2] + " " + row[3];
            positions.put(id, new ContactPosition(id, row[1] == null ? name : row[1] + " " + name,
                    (Integer) row[4], (Stance) row[5], ((Number) row[6]).longValue()));
        }
        return positions;
    }
}
