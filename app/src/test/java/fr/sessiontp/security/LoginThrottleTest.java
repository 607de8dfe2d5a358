package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-09T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 5, 20);

    @Test
    void fiveFailuresWithinFifteenMinutesBlockTheUsernameUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blocked("Jury", "10.0.0.1")).isFalse();
            throttle.failed("Jury", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.blocked("jury", "10.0.0.2")).as("case-insensitive, any address").isTrue();

        clock.advance(Duration.ofMinutes(10)); // first failure at 08:00, now 08:15
        assertThat(throttle.blocked("jury", "10.0.0.2")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("jury", "10.0.0.1");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.blocked("jury", "10.0.0.1")).isFalse();
    }

    @Test
    void anAddressIsBlockedAfterTwentyFailuresWhateverTheUsernames() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.blocked("someone", "10.0.0.9")).isFalse();
        throttle.failed("user19", "10.0.0.9");
        assertThat(throttle.blocked("someone", "10.0.0.9")).isTrue();
        assertThat(throttle.blocked("someone", "10.0.0.10")).isFalse();
    }

    @Test
    void aSuccessForgetsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("jury", "10.0.0.1");
        }
        throttle.succeeded("jury");
        assertThat(throttle.blocked("jury", "10.0.0.2")).isFalse();
        assertThat(throttle.blocked("jury", "10.0.0.1")).isTrue();
    }

    @Test
    void theNumberOfTrackedKeysIsBounded() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED_KEYS + 100; i++) {
            throttle.failed("u" + i, "10.0.0.1");
        }
        for (int i = 0; i < 5; i++) {
            throttle.failed("last", "10.0.0.3");
        }
        assertThat(throttle.blocked("last", "10.0.0.4")).isTrue();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
