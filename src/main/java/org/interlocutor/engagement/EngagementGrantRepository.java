package org.interlocutor.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.interlocutor.shared.GrantKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Engagement grants; the visibility rule reads their copy in {@code engagement_access}, not this table. */
interface EngagementGrantRepository extends JpaRepository<EngagementGrant, EngagementGrant.Key> {

    List<EngagementGrant> findByEngagementIdOrderByGrantedAt(long engagementId);

    @Query("select g.userId from EngagementGrant g where g.engagementId = :engagementId")
    Set<Long> userIdsOf(@Param("engagementId") long engagementId);

    /** Break-glass grants expired by then, through the index on expires_at (lasting grants have none). */
    @Query("select g from EngagementGrant g where g.expiresAt <= :now and g.kind = :kind")
    List<EngagementGrant> expiredBy(@Param("now") Instant now, @Param("kind") GrantKind kind);
}
