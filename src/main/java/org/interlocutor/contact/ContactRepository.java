package org.interlocutor.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.interlocutor.country.RegionalGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Contacts. Reads that reach people go through Specifications that carry {@link ContactVisibility}; the plain
 * queries here only enrich rows already found that way, or serve internal bookkeeping.
 */
interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact>,
        ContactIdQueries {

    /**
     * The tags of the given contacts, as (contact id, tag id) pairs, straight from the join table's primary key.
     * Joining the tag table here made MariaDB start from the tags and read every contact of each one.
     */
    @Query(value = "select ct.contact_id, ct.tag_id from contact_tag ct where ct.contact_id in (:ids)",
            nativeQuery = true)
    List<Object[]> tagIdsOf(@Param("ids") Collection<Long> ids);

    /** Marks contacts archived or restored, a chunk at a time, for bulk actions on contacts already checked. */
    @Modifying
    @Query("""
            update Contact c set c.archived = :archived, c.version = c.version + 1, c.updatedAt = :at, c.updatedBy = :by
            where c.id in :ids and c.archived <> :archived
            """)
    int setArchived(@Param("ids") Collection<Long> ids, @Param("archived") boolean archived,
                    @Param("at") Instant at, @Param("by") String by);

    @Modifying
    @Query("""
            update Contact c set c.ownerId = :ownerId, c.version = c.version + 1, c.updatedAt = :at, c.updatedBy = :by
            where c.id in :ids
            """)
    int setOwner(@Param("ids") Collection<Long> ids, @Param("ownerId") @Nullable Long ownerId,
                 @Param("at") Instant at, @Param("by") String by);

    /** Records a change made outside the entity (tags in bulk), so that open edits of these contacts go stale. */
    @Modifying
    @Query("update Contact c set c.version = c.version + 1, c.updatedAt = :at, c.updatedBy = :by where c.id in :ids")
    int touch(@Param("ids") Collection<Long> ids, @Param("at") Instant at, @Param("by") String by);

    /** Keeps the copy of the country's regional group on its contacts in step with the reference data. */
    @Modifying
    @Query("update Contact c set c.regionalGroup = :regionalGroup where c.countryCode = :countryCode")
    int setRegionalGroup(@Param("countryCode") String countryCode,
                         @Param("regionalGroup") @Nullable RegionalGroup regionalGroup);

    /** The contacts with an affiliation to the organisation, whatever their sensitivity: to refresh copies. */
    @Query("select distinct a.contact from Affiliation a where a.organizationId = :organizationId")
    List<Contact> allAffiliatedWith(@Param("organizationId") long organizationId);

    /** The date of the contact's latest engagement, kept on the row for lists; not a change of the contact. */
    @Modifying(flushAutomatically = true)
    @Query("update Contact c set c.lastEngagedOn = :date where c.id = :id")
    int setLastEngagedOn(@Param("id") long id, @Param("date") java.time.@Nullable LocalDate date);

    /**
     * Deletes these contacts in one statement; the database deletes their emails, phones, languages, tags, grants,
     * search tokens and affiliations with them (ON DELETE CASCADE). Hibernate's own bulk delete would first empty
     * each collection table with a subquery per row, which took minutes for an undone import of 100,000 contacts.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from contact where id in (:ids)", nativeQuery = true)
    int deleteWithTheirRows(@Param("ids") Collection<Long> ids);

    /** Which of these ids are contacts, whatever their sensitivity: import matching, never shown as such. */
    @Query("select c.id from Contact c where c.id in :ids")
    List<Long> existingIds(@Param("ids") Collection<Long> ids);

    /** (email key, contact id) for these email keys, whatever the contact's sensitivity: import matching. */
    @Query(value = "select e.email_key, e.contact_id from contact_email e where e.email_key in (:keys)",
            nativeQuery = true)
    List<Object[]> idsByEmailKey(@Param("keys") Collection<String> emailKeys);

    /**
     * (contact id, sort name) of the contacts with these sort names, whatever their sensitivity: import matching on
     * the same name at the same organisation. Both values of {@code archived} are named so that the (archived,
     * sort_name) index serves the lookup (MariaDB cannot skip an index's first column). The organisations come from
     * {@link #currentOrganizationNames} in a second query: joined here, MariaDB planned the join from the
     * organisations and read every affiliation (1.5 s for 500 names that no contact has, instead of 50 ms).
     */
    @Query(value = "select c.id, c.sort_name from contact c where c.archived in (false, true) "
            + "and c.sort_name in (:sortNames)", nativeQuery = true)
    List<Object[]> idsBySortName(@Param("sortNames") Collection<String> sortNames);

    /** (contact id, organisation name) of these contacts' current affiliations: import matching. */
    @Query(value = """
            select a.contact_id, o.name from affiliation a join organization o on o.id = a.organization_id
            where a.contact_id in (:ids) and (a.end_date is null or a.end_date > :today)
            """, nativeQuery = true)
    List<Object[]> currentOrganizationNames(@Param("ids") Collection<Long> contactIds,
                                            @Param("today") java.time.LocalDate today);
}
