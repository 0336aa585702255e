package org.interlocutor.contact;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Queries that Spring Data's derived methods do not express: id lists and bulk changes of many contacts. */
interface ContactIdQueries {

    /** The ids of every contact the specification finds, in id order. */
    List<Long> findIds(Specification<Contact> specification);

    /** The ids of every contact the specification finds, in that order. */
    List<Long> findIds(Specification<Contact> specification, org.springframework.data.domain.Sort sort);

    /** The columns of a list row (see {@link #ROW_ATTRIBUTES}) of every contact the specification finds. */
    List<Object[]> findRowValues(Specification<Contact> specification);

    /** What {@link #findRowValues} reads, in order. */
    List<String> ROW_ATTRIBUTES = List.of("id", "honorific", "givenName", "familyName", "jobTitle", "category",
            "countryCode", "organizationName", "primaryEmail", "primaryPhone", "ownerId", "sensitivity", "influence",
            "stance", "lastEngagedOn", "archived", "correspondenceLanguage", "version");

    /**
     * (contact id, kind, value) of these contacts' emails ("email"), phones ("phone") and languages ("language"),
     * the main email and phone of each first: the several values a list row shows one of.
     */
    List<Object[]> findPointsOf(java.util.Collection<Long> contactIds);

    /** (id, honorific, given name, family name) of every contact the specification finds. */
    List<Object[]> findNames(Specification<Contact> specification);

    /** Tags the contacts that do not carry the tag yet; returns how many were tagged. */
    int addTag(Collection<Long> contactIds, long tagId);

    int removeTag(Collection<Long> contactIds, long tagId);
}
