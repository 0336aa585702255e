package org.interlocutor.engagement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Engagements. Reads that reach people go through {@link EngagementSearch} or Specifications carrying
 * {@link EngagementVisibility}; the plain queries here enrich rows already found that way or serve bookkeeping.
 */
interface EngagementRepository extends JpaRepository<Engagement, Long>, JpaSpecificationExecutor<Engagement> {

    @Query(value = "select distinct contact_id from engagement_participant where contact_id in :ids", nativeQuery = true)
    List<Long> participantsAmong(@Param("ids") Collection<Long> contactIds);

    @Query(value = "select distinct contact_id from follow_up_contact where contact_id in :ids", nativeQuery = true)
    List<Long> followUpContactsAmong(@Param("ids") Collection<Long> contactIds);

    @Query(value = "select distinct organization_id from engagement_organization where organization_id in :ids",
            nativeQuery = true)
    List<Long> organizationsAmong(@Param("ids") Collection<Long> organizationIds);


    /** (engagement id, contact id) pairs of these engagements, to show their participants. */
    @Query("select p.engagementId, p.contactId from EngagementParticipantLink p where p.engagementId in :ids")
    List<Object[]> participantsOf(@Param("ids") Collection<Long> engagementIds);

    /** The engagements a contact took part in, deleted ones included: to raise their sensitivity. */
    @Query("select p.engagementId from EngagementParticipantLink p where p.contactId = :contactId")
    List<Long> idsWithParticipant(@Param("contactId") long contactId);

    /** When the contact's latest live engagement started, from the contact's keys (an index look-up). */
    @Query("select max(k.startedAt) from EngagementKeyRow k where k.lookup = :lookup")
    Optional<Instant> latestStart(@Param("lookup") String contactKey);
}
