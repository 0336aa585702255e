package org.interlocutor.engagement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Engagements. Reads that reach people go through {@link EngagementSearch} or Specifications carrying
 * {@link EngagementVisibility}; the plain queries here enrich rows already found that way or serve bookkeeping.
 */
interface EngagementRepository extends JpaRepository<Engagement, Long>, JpaSpecificationExecutor<Engagement> {

    /** (engagement id, contact id) pairs of these engagements, to show their participants. */
    @Query("select p.engagementId, p.contactId from EngagementParticipantLink p where p.engagementId in :ids")
    List<Object[]> participantsOf(@Param("ids") Collection<Long> engagementIds);

    /** The engagements a contact took part in, deleted ones included: to raise their sensitivity. */
    @Query("select p.engagementId from EngagementParticipantLink p where p.contactId = :contactId")
    List<Long> idsWithParticipant(@Param("contactId") long contactId);

    /**
     * When the contact's latest live engagement started, from the contact's keys (an index look-up); null when it
     * has none left (its only engagement was deleted).
     */
    @Query("select max(k.startedAt) from EngagementKeyRow k where k.lookup = :lookup")
    @Nullable Instant latestStart(@Param("lookup") String contactKey);
}
