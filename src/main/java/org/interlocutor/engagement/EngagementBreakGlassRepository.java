package org.interlocutor.engagement;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The record of break-glass accesses to engagements, newest first. */
interface EngagementBreakGlassRepository extends JpaRepository<EngagementBreakGlass, Long> {

    List<EngagementBreakGlass> findByEngagementIdOrderByOpenedAtDescIdDesc(long engagementId, Pageable pageable);

    /** Those opened since then on the live engagements this person logged, newest first. */
    @Query("""
            select b from EngagementBreakGlass b where b.openedAt >= :since
            and b.engagementId in (select e.id from Engagement e where e.ownerId = :ownerId and e.archived = false)
            order by b.openedAt desc, b.id desc
            """)
    List<EngagementBreakGlass> onEngagementsOf(@Param("ownerId") long ownerId, @Param("since") Instant since,
                                               Pageable pageable);
}
