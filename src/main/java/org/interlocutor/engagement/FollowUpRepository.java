package org.interlocutor.engagement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Follow-ups. Reads for people carry {@link EngagementVisibility} through Specifications. */
interface FollowUpRepository extends JpaRepository<FollowUp, Long>, JpaSpecificationExecutor<FollowUp> {

    @Query("select f from FollowUp f where f.engagementId = :engagementId order by f.dueOn, f.id")
    List<FollowUp> ofEngagement(@Param("engagementId") long engagementId);

    List<FollowUp> findByEngagementIdIn(java.util.Collection<Long> engagementIds);
}
