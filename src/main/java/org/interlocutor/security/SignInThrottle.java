package org.interlocutor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Pauses sign-in with a user name after too many failures in a short time ({@link SignInLimits}: 5 within 15
 * minutes, then 15 minutes), so that nobody can try password after password. It counts by the name typed, whether
 * or not an account has it, so that a pause says nothing about which accounts exist; while paused, no password is
 * even checked, the right one included. The pause lifts by itself; a successful sign-in clears the count.
 *
 * <p>The counts live in this server's memory, not in the database. A restart forgets them, which gives an attacker
 * nothing they could not get by waiting out a pause, and an attacker cannot restart the server. Keeping them in
 * memory spares the database a write on every failed attempt (which an attacker could otherwise use to load it),
 * and needs no clean-up job. The application runs as one instance; with several, each would count on its own. The
 * map is bounded ({@link #MAX_NAMES}) so that a flood of invented names cannot exhaust memory: past the bound,
 * expired entries go first, then the names whose last failure is oldest, names under a running pause last.
 */
@Component
public class SignInThrottle {

    static final int MAX_NAMES = 10_000;

    private final SignInLimits limits;
    private final Clock clock;
    private final Map<String, Attempts> byName = new HashMap<>();

    SignInThrottle(SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long sign-in with this name stays paused, if it is paused now. */
    public synchronized Optional<Duration> pausedFor(String username) {
        Attempts attempts = byName.get(key(username));
        Instant now = clock.instant();
        if (attempts == null || attempts.pausedUntil == null || !attempts.pausedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, attempts.pausedUntil));
    }

    /** A wrong password (or an unknown name): counted, and sign-in pauses once the limit is reached. */
    synchronized void failed(String username) {
        Instant now = clock.instant();
        Attempts attempts = byName.computeIfAbsent(key(username), name -> new Attempts());
        if (attempts.pausedUntil != null && attempts.pausedUntil.isAfter(now)) {
            // attempts during a pause are refused unchecked and do not prolong it: it lifts when it said it would
            return;
        }
        attempts.pausedUntil = null;
        attempts.forget(now.minus(limits.failureWindow()));
        attempts.failures.addLast(now);
        if (attempts.failures.size() >= limits.maxFailures()) {
            attempts.pausedUntil = now.plus(limits.pause());
            attempts.failures.clear();
        }
        attempts.last = now;
        keepBounded(now);
    }

    /** A successful sign-in starts the count afresh. */
    synchronized void succeeded(String username) {
        byName.remove(key(username));
    }

    private static String key(String username) {
        return UserAccount.normalizeUsername(username);
    }

    private void keepBounded(Instant now) {
        if (byName.size() <= MAX_NAMES) {
            return;
        }
        Instant windowStart = now.minus(limits.failureWindow());
        byName.values().removeIf(attempts -> attempts.expired(now, windowStart));
        // a running pause is the last thing to forget: a flood of names must not be a way to lift it
        Comparator<Attempts> firstForgotten = Comparator.<Attempts, Boolean>comparing(attempts -> attempts.paused(now))
                .thenComparing(attempts -> attempts.last);
        while (byName.size() > MAX_NAMES) {
            byName.entrySet().stream()
                    .min(Map.Entry.comparingByValue(firstForgotten))
                    .ifPresent(oldest -> byName.remove(oldest.getKey()));
        }
    }

    synchronized int trackedNames() {
        return byName.size();
    }

    /** One name's recent failures, and the end of its pause if it is paused. */
    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        @Nullable Instant pausedUntil;
        Instant last = Instant.EPOCH;

        void forget(Instant before) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(before)) {
                failures.removeFirst();
            }
        }

        boolean paused(Instant now) {
            return pausedUntil != null && pausedUntil.isAfter(now);
        }

        boolean expired(Instant now, Instant windowStart) {
            return !paused(now) && (failures.isEmpty() || failures.peekLast().isBefore(windowStart));
        }
    }
}
