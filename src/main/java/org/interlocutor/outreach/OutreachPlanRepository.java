package org.interlocutor.outreach;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutreachPlanRepository extends JpaRepository<OutreachPlan, Long> {

    @Query("""
            select p from OutreachPlan p
            where p.campaignId = :campaignId and (:includeArchived = true or p.archived = false)
            """)
    Page<OutreachPlan> ofCampaign(@Param("campaignId") long campaignId,
                                  @Param("includeArchived") boolean includeArchived, Pageable pageable);

    @Query("""
            select count(p) from OutreachPlan p
            where p.campaignId = :campaignId and (:includeArchived = true or p.archived = false)
            """)
    long countOfCampaign(@Param("campaignId") long campaignId, @Param("includeArchived") boolean includeArchived);
}
