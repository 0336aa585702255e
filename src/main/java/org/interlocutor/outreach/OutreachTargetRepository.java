package org.interlocutor.outreach;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The targets as rows, for writing them. Reads that reach people (and progress) go through {@link PlanTargets},
 * which carries the contacts' and the engagements' need-to-know rules.
 */
interface OutreachTargetRepository extends JpaRepository<OutreachTarget, Long> {

    /** Every target of a plan, whoever may see them: to tell which of those being added are there already. */
    List<OutreachTarget> findByPlanId(long planId);

    Optional<OutreachTarget> findByIdAndPlanId(long id, long planId);
}
