package fr.sessiontp.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;

/**
 * Moves the application's clock, for the calling thread only and for the length of one action, to a chosen day: the
 * demo's first start records an exam already held on its own days, through the same use cases (and their lifecycle gate)
 * as the browser. Other threads, and this thread outside the action, read the clock as usual. The application's clock
 * beans add {@link #shift()} to the time they read.
 */
public final class ClockShift {

    private static final ThreadLocal<Duration> SHIFT = ThreadLocal.withInitial(() -> Duration.ZERO);

    private ClockShift() {
    }

    /** The calling thread's shift; zero outside {@link #on}. */
    public static Duration shift() {
        return SHIFT.get();
    }

    /**
     * Runs {@code action} with {@code clock} reading {@code day} at {@code time} in the clock's zone (the time running
     * on), then puts the clock back; returns what the action returns.
     */
    public static <T> T on(Clock clock, LocalDate day, LocalTime time, Supplier<T> action) {
        Duration previous = SHIFT.get();
        SHIFT.set(Duration.ZERO);
        Instant unshifted = clock.instant();
        SHIFT.set(Duration.between(unshifted, day.atTime(time).atZone(clock.getZone()).toInstant()));
        try {
            return action.get();
        } finally {
            SHIFT.set(previous);
        }
    }

    /** As {@link #on(Clock, LocalDate, LocalTime, Supplier)}, for an action that returns nothing. */
    public static void on(Clock clock, LocalDate day, LocalTime time, Runnable action) {
        on(clock, day, time, () -> {
            action.run();
            return null;
        });
    }

    /** The application's clock: {@code base} plus the calling thread's shift. */
    static Clock shifting(Clock base) {
        return new Shifting(base);
    }

    private static final class Shifting extends Clock {

        private final Clock base;

        Shifting(Clock base) {
            this.base = base;
        }

        @Override
        public java.time.ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return new Shifting(base.withZone(zone));
        }

        @Override
        public Instant instant() {
            return base.instant().plus(SHIFT.get());
        }
    }
}
