package org.interlocutor.contact;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.interlocutor.country.Country;
import org.interlocutor.shared.SearchPatterns;
import org.springframework.data.jpa.domain.Specification;

/** A contacts list's filter as query criteria. Visibility is not here: it is added to every query by the service. */
final class ContactQueries {

    private ContactQueries() {
    }

    static Specification<Contact> matching(ContactFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> allOf = new ArrayList<>();
            String text = SearchPatterns.foldedContains(filter.text());
            if (!text.isEmpty()) {
                allOf.add(cb.like(root.get("searchText"), text, '!'));
            }
            if (!filter.categories().isEmpty()) {
                allOf.add(root.get("category").in(filter.categories()));
            }
            if (filter.countryCode() != null) {
                allOf.add(cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            if (filter.regionalGroup() != null) {
                Subquery<String> inGroup = query.subquery(String.class);
                Root<Country> country = inGroup.from(Country.class);
                inGroup.select(country.get("code")).where(cb.equal(country.get("regionalGroup"),
                        filter.regionalGroup()));
                allOf.add(root.get("countryCode").in(inGroup));
            }
            if (filter.tagId() != null) {
                Subquery<Integer> tagged = query.subquery(Integer.class);
                Root<Contact> sameContact = tagged.from(Contact.class);
                Join<Contact, Tag> tag = sameContact.join("tags");
                tagged.select(cb.literal(1)).where(cb.equal(sameContact, root), cb.equal(tag.get("id"),
                        filter.tagId()));
                allOf.add(cb.exists(tagged));
            }
            if (filter.ownerId() != null) {
                allOf.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.sensitivity() != null) {
                allOf.add(cb.equal(root.get("sensitivity"), filter.sensitivity()));
            }
            if (filter.engagedFrom() != null) {
                allOf.add(cb.greaterThanOrEqualTo(root.get("lastEngagedOn"), filter.engagedFrom()));
            }
            if (filter.engagedTo() != null) {
                allOf.add(cb.lessThanOrEqualTo(root.get("lastEngagedOn"), filter.engagedTo()));
            }
            switch (filter.archiveState()) {
                case ACTIVE -> allOf.add(cb.isFalse(root.get("archived")));
                case ARCHIVED -> allOf.add(cb.isTrue(root.get("archived")));
                case ALL -> { }
            }
            if (filter.organizationId() != null) {
                Subquery<Integer> member = query.subquery(Integer.class);
                Root<Affiliation> affiliation = member.from(Affiliation.class);
                member.select(cb.literal(1)).where(cb.equal(affiliation.get("contact"), root),
                        cb.equal(affiliation.get("organizationId"), filter.organizationId()),
                        cb.or(cb.isNull(affiliation.get("endDate")),
                                cb.greaterThanOrEqualTo(affiliation.get("endDate"), today)));
                allOf.add(cb.exists(member));
            }
            return cb.and(allOf.toArray(Predicate[]::new));
        };
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
                            cb.greaterThanOrEqualTo(affiliation.get("endDate"), today)));
            return cb.and(cb.equal(root.get("sortName"), sortName), cb.exists(member));
        };
    }
}
