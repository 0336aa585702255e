package org.interlocutor.contact;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A contacts list's filter as query criteria. Visibility is not here: it is added to every query by the service. */
final class ContactQueries {

    private ContactQueries() {
    }

    static Specification<Contact> matching(ContactFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> allOf = new ArrayList<>();
            // Each typed word must start a word of the contact's names, position, organisations or emails.
            for (String word : ContactCopies.typedWords(filter.text())) {
                Subquery<Integer> withWord = query.subquery(Integer.class);
                Root<ContactLinks.SearchToken> token = withWord.from(ContactLinks.SearchToken.class);
                withWord.select(cb.literal(1)).where(cb.equal(token.get("contactId"), root.get("id")),
                        cb.like(token.get("token"), escape(word) + "%", '!'));
                allOf.add(cb.exists(withWord));
            }
            if (!filter.categories().isEmpty()) {
                allOf.add(root.get("category").in(filter.categories()));
            }
            if (filter.countryCode() != null) {
                allOf.add(cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            if (filter.regionalGroup() != null) {
                allOf.add(cb.equal(root.get("regionalGroup"), filter.regionalGroup()));
            }
            if (filter.tagId() != null) {
                Subquery<Integer> tagged = query.subquery(Integer.class);
                Root<ContactLinks.TagLink> link = tagged.from(ContactLinks.TagLink.class);
                tagged.select(cb.literal(1)).where(cb.equal(link.get("contactId"), root.get("id")),
                        cb.equal(link.get("tagId"), filter.tagId()));
                allOf.add(cb.exists(tagged));
            }
            if (filter.ownerId() != null) {
                allOf.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.sensitivity() != null) {
                allOf.add(cb.equal(root.get("sensitivity"), filter.sensitivity()));
            }
            // The contact's own date counts every engagement, seen or not: it can only narrow the search, which
            // ContactService finishes with the engagements the person may see.
            if (filter.engagedFrom() != null) {
                allOf.add(cb.greaterThanOrEqualTo(root.get("lastEngagedOn"), filter.engagedFrom()));
            }
            if (filter.engagedTo() != null) {
                allOf.add(cb.isNotNull(root.get("lastEngagedOn")));
            }
            switch (filter.archiveState()) {
                // "archived = ?" rather than "not(archived)", so that the (archived, sort_name) index serves both
                case ACTIVE -> allOf.add(cb.equal(root.get("archived"), false));
                case ARCHIVED -> allOf.add(cb.equal(root.get("archived"), true));
                case ALL -> { }
            }
            if (filter.organizationId() != null) {
                Subquery<Integer> member = query.subquery(Integer.class);
                Root<Affiliation> affiliation = member.from(Affiliation.class);
                member.select(cb.literal(1)).where(cb.equal(affiliation.get("contact"), root),
                        cb.equal(affiliation.get("organizationId"), filter.organizationId()),
                        cb.or(cb.isNull(affiliation.get("endDate")),
                                cb.greaterThan(affiliation.get("endDate"), today)));
                allOf.add(cb.exists(member));
            }
            return cb.and(allOf.toArray(Predicate[]::new));
        };
    }

    /**
     * The affiliations with an organisation, current or past, of active contacts the viewer may see. The person is
     * fetched with the row when rows are read, and joined only once either way.
     */
    @SuppressWarnings("unchecked")
    static Specification<Affiliation> membersOf(long organizationId, boolean current, LocalDate today, Viewer viewer) {
        return (root, query, cb) -> {
            jakarta.persistence.criteria.Path<Contact> contact = query.getResultType() == Affiliation.class
                    ? (Join<Affiliation, Contact>) root.<Affiliation, Contact>fetch("contact")
                    : root.join("contact");
            Predicate isCurrent = cb.or(cb.isNull(root.get("endDate")),
                    cb.greaterThan(root.get("endDate"), today));
            return cb.and(cb.equal(root.get("organizationId"), organizationId),
                    cb.equal(contact.get("archived"), false),
                    current ? isCurrent : cb.not(isCurrent),
                    ContactVisibility.isVisible(contact, query, cb, viewer));
        };
    }

    /** Active contacts of at least this influence that meet the condition. */
    static Specification<Contact> influential(int minInfluence, ContactCondition condition) {
        // "archived = false" and a range on influence: the (archived, influence, sort_name, id) index serves both
        return (root, query, cb) -> cb.and(cb.equal(root.get("archived"), false),
                cb.greaterThanOrEqualTo(root.get("influence"), minInfluence),
                condition.on(root.get("id"), root.get("lastEngagedOn"), query, cb));
    }

    /**
     * Active contacts entered before the cutoff day and not engaged on or after it (or never): those whose data the
     * retention review asks about. Entered before, so that a person added last month is not listed as "never
     * engaged". The contact's own date answers for those not engaged at all since; {@code notEngaged} (the
     * engagements the reader may see) for the others, so that the list gives away no meeting hidden from them.
     */
    static Specification<Contact> notEngagedSince(LocalDate cutoff, ContactCondition notEngaged) {
        java.time.Instant enteredBefore = cutoff.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return (root, query, cb) -> cb.and(cb.equal(root.get("archived"), false),
                cb.lessThan(root.get("createdAt"), enteredBefore),
                cb.or(cb.isNull(root.get("lastEngagedOn")), cb.lessThan(root.get("lastEngagedOn"), cutoff),
                        notEngaged.on(root.get("id"), root.get("lastEngagedOn"), query, cb)));
    }

    private static String escape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static Specification<Contact> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    static Specification<Contact> withIdIn(java.util.Collection<Long> ids) {
        return (root, query, cb) -> root.get("id").in(ids);
    }

    /** Contacts with one of these email addresses (compared in lower case). */
    static Specification<Contact> withEmailKeyIn(java.util.Collection<String> emailKeys) {
        return (root, query, cb) -> {
            Subquery<Integer> hasEmail = query.subquery(Integer.class);
            Root<Contact> sameContact = hasEmail.from(Contact.class);
            Join<Contact, ContactEmail> email = sameContact.join("emails");
            hasEmail.select(cb.literal(1)).where(cb.equal(sameContact, root), email.get("emailKey").in(emailKeys));
            return cb.exists(hasEmail);
        };
    }

    /** Contacts of this name (ignoring case and accents) with a current affiliation to one of the organisations. */
    static Specification<Contact> namedAtOrganization(String sortName, java.util.Collection<Long> organizationIds,
                                                      LocalDate today) {
        return (root, query, cb) -> {
            Subquery<Integer> member = query.subquery(Integer.class);
            Root<Affiliation> affiliation = member.from(Affiliation.class);
            member.select(cb.literal(1)).where(cb.equal(affiliation.get("contact"), root),
                    affiliation.get("organizationId").in(organizationIds),
                    cb.or(cb.isNull(affiliation.get("endDate")),
                            cb.greaterThan(affiliation.get("endDate"), today)));
            return cb.and(cb.equal(root.get("sortName"), sortName), cb.exists(member));
        };
    }
}
