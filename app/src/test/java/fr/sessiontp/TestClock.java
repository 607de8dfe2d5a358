package fr.sessiontp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the tests: the system clock, unless a test sets the day ({@link #setDay}) to drive a
 * session through its dated life (opening on its days, transmission after its end); time runs on from there. Reset after every test by this
 * class as a JUnit extension (registered in {@code META-INF/services}).
 */
@Configuration(proxyBeanMethods = false)
public class TestClock implements AfterEachCallback {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** From now on, the application's clock reads this day, from 10:00 in Paris (time runs on). */
    public static void setDay(LocalDate day) {
        OFFSET.set(Duration.between(Instant.now(), day.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant()));
    }

    /** Back to the system clock. */
    public static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset();
    }

    @Bean
    @Primary
    Clock settableApplicationClock() {
        return new Settable(PARIS);
    }

    private static final class Settable extends Clock {

        private final ZoneId zone;

        Settable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Settable(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get()).plus(fr.sessiontp.platform.ClockShift.shift());
        }
    }
}
