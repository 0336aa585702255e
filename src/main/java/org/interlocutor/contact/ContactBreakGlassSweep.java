package org.interlocutor.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends administrators' break-glass access to contacts once it expires, by deleting the grant rows the visibility
 * rule reads: the rule itself never compares times, so lists and counts stay as fast as they were. Until the sweep
 * runs (every {@code interlocutor.break-glass.sweep-interval}, a minute by default), a contact's page already
 * refuses an expired access ({@link ContactVisibility#seenOnlyThroughExpiredBreakGlass}).
 */
@Component
class ContactBreakGlassSweep {

    private static final Logger log = LoggerFactory.getLogger(ContactBreakGlassSweep.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContactBreakGlassSweep(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${interlocutor.break-glass.sweep-interval:1m}",
            initialDelayString = "${interlocutor.break-glass.sweep-interval:1m}")
    void sweep() {
        removeExpired(clock.instant());
    }

    /** Deletes the break-glass grants expired at {@code now}; returns how many. */
    @Transactional
    int removeExpired(Instant now) {
        // grant times are kept as UTC wall-clock time, as Hibernate writes them (hibernate.jdbc.time_zone=UTC)
        int removed = jdbc.update("delete from contact_grant where kind = 'BREAK_GLASS' and expires_at <= ?",
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        if (removed > 0) {
            log.info("Ended {} expired break-glass access(es) to contacts", removed);
        }
        return removed;
    }
}
