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

    /**
     * The columns of an exported row (see {@link #EXPORT_ATTRIBUTES}) of every contact the specification finds:
     * a list row's, then every email, phone and language as their list copies.
     */
    List<Object[]> findExportValues(Specification<Contact> specification);

    /** The columns of a list row, in the order {@link #findExportValues} reads them first. */
    List<String> ROW_ATTRIBUTES = List.of("id", "honorific", "givenName", "familyName", "jobTitle", "category",
            "countryCode", "organizationName", "primaryEmail", "primaryPhone", "ownerId", "sensitivity", "influence",
            "stance", "lastEngagedOn", "archived", "correspondenceLanguage", "version");

    /** What {@link #findExportValues} reads, in order. */
    List<String> EXPORT_ATTRIBUTES = java.util.stream.Stream.concat(ROW_ATTRIBUTES.stream(),
            java.util.stream.Stream.of("emailList", "phoneList", "languageList")).toList();

    /** (id, honorific, given name, family name) of every contact the specification finds. */
    List<Object[]> findNames(Specification<Contact> specification);

    /** Tags the contacts that do not carry the tag yet; returns how many were tagged. */
    int addTag(Collection<Long> contactIds, long tagId);

    int removeTag(Collection<Long> contactIds, long tagId);
}
