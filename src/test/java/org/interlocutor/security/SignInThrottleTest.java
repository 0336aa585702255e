package org.interlocutor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The pause after repeated failed sign-ins, on a clock the test moves. */
class SignInThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInLimits(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    @Test
    void fiveFailuresWithinFifteenMinutesPauseSignInForFifteenMinutes() {
        fail("a.officer", 4);
        assertThat(throttle.pausedFor("a.officer")).as("four failures are not enough").isEmpty();

        clock.move(Duration.ofMinutes(14));
        fail("a.officer", 1);

        assertThat(throttle.pausedFor("a.officer")).contains(Duration.ofMinutes(15));
        clock.move(Duration.ofMinutes(10));
        assertThat(throttle.pausedFor("a.officer")).contains(Duration.ofMinutes(5));
    }

    @Test
    void thePauseLiftsByItselfAndTheCountStartsAfresh() {
        fail("b.officer", 5);
        clock.move(Duration.ofMinutes(15));

        assertThat(throttle.pausedFor("b.officer")).isEmpty();
        fail("b.officer", 4);
        assertThat(throttle.pausedFor("b.officer")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail("c.officer", 4);
        clock.move(Duration.ofMinutes(16));
        fail("c.officer", 4);

        assertThat(throttle.pausedFor("c.officer")).isEmpty();
    }

    @Test
    void attemptsDuringAPauseDoNotProlongIt() {
        fail("d.officer", 5);
        clock.move(Duration.ofMinutes(10));
        fail("d.officer", 20);

        assertThat(throttle.pausedFor("d.officer")).contains(Duration.ofMinutes(5));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        fail("e.officer", 4);
        throttle.succeeded("e.officer");
        fail("e.officer", 4);

        assertThat(throttle.pausedFor("e.officer")).isEmpty();
    }

    @Test
    void namesAreCountedWithoutCaseOrSurroundingSpaceAndEachOnItsOwn() {
        fail(" F.Officer ", 3);
        fail("f.officer", 2);

        assertThat(throttle.pausedFor("F.OFFICER")).isPresent();
        assertThat(throttle.pausedFor("g.officer")).isEmpty();
    }

    @Test
    void aFloodOfInventedNamesStaysBoundedAndKeepsCurrentPauses() {
        fail("h.officer", 5);
        for (int i = 0; i < SignInThrottle.MAX_NAMES + 50; i++) {
            throttle.failed("invented-" + i);
        }
        clock.move(Duration.ofMinutes(1));
        throttle.failed("one-more");

        assertThat(throttle.trackedNames()).isLessThanOrEqualTo(SignInThrottle.MAX_NAMES);
        assertThat(throttle.pausedFor("h.officer")).as("the pause survives the flood").isPresent();
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
