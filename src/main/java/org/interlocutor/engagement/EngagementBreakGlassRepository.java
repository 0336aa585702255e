package org.interlocutor.engagement;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The record of break-glass accesses to engagements, newest first. */
interface EngagementBreakGlassRepository extends JpaRepository<EngagementBreakGlass, Long> {

    List<EngagementBreakGlass> findByEngagementIdOrderByOpenedAtDescIdDesc(long engagementId, Pageable pageable);
}
