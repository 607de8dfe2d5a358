package fr.sessiontp.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every module, so that deadlines, timestamps and the session's days can be tested at a chosen instant.
 * {@code sessiontp.clock.today} (an ISO date, e.g. {@code 2026-03-09}) moves the application's day to that date, the time
 * of day running as usual: for a demonstration or a training on a session's own days. {@link ClockShift} moves it for one
 * thread during one action (the demo's first start).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${sessiontp.clock.today:}") String today) {
        Clock system = Clock.systemDefaultZone();
        if (today == null || today.isBlank()) {
            return ClockShift.shifting(system);
        }
        LocalDate day = LocalDate.parse(today.strip());
        return ClockShift.shifting(
                Clock.offset(system, Duration.ofDays(day.toEpochDay() - LocalDate.now(system).toEpochDay())));
    }
}
