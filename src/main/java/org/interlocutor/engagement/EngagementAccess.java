package org.interlocutor.engagement;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.GrantKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a RESTRICTED or CONFIDENTIAL engagement besides its owner, kept in {@code engagement_access} for the
 * visibility rule: the staff present, the assignees of its follow-ups and the colleagues granted access (by hand, or
 * by an administrator breaking the glass). Every change of any of the three goes through here, so that none of them
 * rewrites the readers without the others.
 */
@Component
class EngagementAccess {

    private final EngagementRepository engagements;
    private final FollowUpRepository followUps;
    private final EngagementGrantRepository grants;
    private final EngagementBreakGlassRepository breakGlassLog;

    EngagementAccess(EngagementRepository engagements, FollowUpRepository followUps,
                     EngagementGrantRepository grants, EngagementBreakGlassRepository breakGlassLog) {
        this.engagements = engagements;
        this.followUps = followUps;
        this.grants = grants;
        this.breakGlassLog = breakGlassLog;
    }

    /** The readers of a saved engagement with these staff and assignees, its grantees added. */
    Set<Long> readers(long engagementId, Collection<Long> staffIds, Collection<Long> assigneeIds) {
        Set<Long> readers = new HashSet<>(staffIds);
        readers.addAll(assigneeIds);
        readers.addAll(grants.userIdsOf(engagementId));
        return readers;
    }

    /** Sets the readers of a saved engagement again from its staff, its follow-ups and its grants. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(Engagement engagement) {
        engagement.grantAccess(readers(engagement.id(), engagement.staffIds(), assignees(engagement.id())));
        engagements.saveAndFlush(engagement);
    }

    /** Grants lasting access by hand; a break-glass access the colleague holds becomes lasting. False: already. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean grant(Engagement engagement, long userId, String by, Instant at) {
        EngagementGrant lasting = EngagementGrant.byHand(engagement.id(), userId, by, at);
        Optional<EngagementGrant> existing = grants.findById(new EngagementGrant.Key(engagement.id(), userId));
        if (existing.isPresent() && existing.get().kind() == GrantKind.GRANT) {
            return false;
        }
        existing.ifPresentOrElse(grant -> grant.replaceWith(lasting), () -> grants.save(lasting));
        grants.flush();
        refresh(engagement);
        return true;
    }

    /** Ends a colleague's grant (by hand or break-glass). False: they had none. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean revoke(Engagement engagement, long userId) {
        Optional<EngagementGrant> existing = grants.findById(new EngagementGrant.Key(engagement.id(), userId));
        if (existing.isEmpty()) {
            return false;
        }
        grants.delete(existing.get());
        grants.flush();
        refresh(engagement);
        return true;
    }

    /** Opens an administrator's break-glass access until {@code until}, and records it for the owner to see. */
    @Transactional(propagation = Propagation.MANDATORY)
    void breakGlass(Engagement engagement, SignedInUser admin, String reason, Instant at, Instant until) {
        EngagementGrant access = EngagementGrant.breakGlass(engagement.id(), admin.id(), admin.username(), at, until);
        grants.findById(new EngagementGrant.Key(engagement.id(), admin.id()))
                .ifPresentOrElse(grant -> grant.replaceWith(access), () -> grants.save(access));
        grants.flush();
        breakGlassLog.save(new EngagementBreakGlass(engagement.id(), admin.id(), reason, at, until));
        refresh(engagement);
    }

    /**
     * True when the reader sees this engagement (found through {@link EngagementVisibility}) only through a
     * break-glass access whose time is over. The visibility rule reads {@code engagement_access}, which the sweep
     * corrects within a minute of the expiry; an engagement's page, where such an access is used, asks this on top
     * so that it closes on the minute. One primary-key look-up, only for a reader who is not the owner, not
     * NORMAL's everyone and not a manager reading a RESTRICTED engagement.
     */
    boolean seenOnlyThroughExpiredBreakGlass(Engagement engagement, SignedInUser reader, Instant now) {
        if (EngagementVisibility.seesWithoutReaderList(engagement, reader)) {
            return false;
        }
        boolean expired = grants.findById(new EngagementGrant.Key(engagement.id(), reader.id()))
                .filter(grant -> grant.expiredAt(now)).isPresent();
        return expired && !engagement.staffIds().contains(reader.id())
                && !assignees(engagement.id()).contains(reader.id());
    }

    /**
     * Deletes the break-glass grants expired at {@code now} and sets their engagements' readers again. Returns
     * the engagements whose readers changed.
     */
    @Transactional
    Set<Long> removeExpired(Instant now) {
        List<EngagementGrant> expired = grants.expiredBy(now, GrantKind.BREAK_GLASS);
        if (expired.isEmpty()) {
            return Set.of();
        }
        Set<Long> engagementIds = new TreeSet<>();
        expired.forEach(grant -> engagementIds.add(grant.engagementId()));
        grants.deleteAll(expired);
        grants.flush();
        engagements.findAllById(engagementIds).forEach(this::refresh);
        return engagementIds;
    }

    private Set<Long> assignees(long engagementId) {
        Set<Long> assignees = new HashSet<>();
        followUps.ofEngagement(engagementId).forEach(followUp -> assignees.add(followUp.assigneeId()));
        return assignees;
    }
}
