package org.interlocutor.engagement;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends administrators' break-glass access to engagements once it expires: removes the grant and sets the
 * engagement's readers again, which is what the visibility rule reads. Every
 * {@code interlocutor.break-glass.sweep-interval} (a minute by default); meanwhile an engagement's page already
 * refuses an expired access ({@link EngagementAccess#seenOnlyThroughExpiredBreakGlass}).
 */
@Component
class EngagementBreakGlassSweep {

    private static final Logger log = LoggerFactory.getLogger(EngagementBreakGlassSweep.class);

    private final EngagementAccess access;
    private final Clock clock;

    EngagementBreakGlassSweep(EngagementAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${interlocutor.break-glass.sweep-interval:1m}",
            initialDelayString = "${interlocutor.break-glass.sweep-interval:1m}")
    void sweep() {
        Set<Long> ended = access.removeExpired(clock.instant());
        if (!ended.isEmpty()) {
            log.info("Ended expired break-glass access to {} engagement(s)", ended.size());
        }
    }
}
