package fr.sessiontp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The application's clock moved to a chosen day for the calling thread and one action only (the demo's held session). */
class ClockShiftTest {

    private final Clock clock = new ClockConfiguration().clock("");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Test
    void duringTheActionTheCallingThreadReadsTheChosenDayAndTimeThenTheClockIsBack() {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime during = ClockShift.on(clock, DAY, LocalTime.of(8, 30), () -> LocalDateTime.now(clock));
        assertThat(during.toLocalDate()).isEqualTo(DAY);
        assertThat(during.toLocalTime()).isBetween(LocalTime.of(8, 30), LocalTime.of(8, 31));
        assertThat(LocalDate.now(clock)).isEqualTo(today);
        assertThat(ClockShift.shift()).isZero();
    }

    @Test
    void otherThreadsKeepTheirClock() {
        LocalDate today = LocalDate.now(clock);
        LocalDate elsewhere = ClockShift.on(clock, DAY, LocalTime.NOON,
                () -> CompletableFuture.supplyAsync(() -> LocalDate.now(clock)).join());
        assertThat(elsewhere).isEqualTo(today);
    }

    @Test
    void nestedShiftsAndFailuresPutTheClockBack() {
        LocalDate outer = ClockShift.on(clock, DAY, LocalTime.NOON, () -> {
            LocalDate inner = ClockShift.on(clock, DAY.plusDays(1), LocalTime.NOON, () -> LocalDate.now(clock));
            assertThat(inner).isEqualTo(DAY.plusDays(1));
            return LocalDate.now(clock);
        });
        assertThat(outer).isEqualTo(DAY);
        assertThatThrownBy(() -> ClockShift.on(clock, DAY, LocalTime.NOON, () -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ClockShift.shift()).isZero();
    }

    @Test
    void theConfiguredDayIsShiftedToo() {
        Clock configured = new ClockConfiguration().clock("2026-03-09");
        assertThat(LocalDate.now(configured)).isEqualTo(DAY);
        assertThat(ClockShift.on(configured, DAY.plusDays(2), LocalTime.NOON, () -> LocalDate.now(configured)))
                .isEqualTo(DAY.plusDays(2));
        assertThat(LocalDate.now(configured)).isEqualTo(DAY);
    }
}
