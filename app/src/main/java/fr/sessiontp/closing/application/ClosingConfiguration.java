package fr.sessiontp.closing.application;

import fr.sessiontp.closing.domain.TransmissionDeadline;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A1's transmission deadline from the settings: {@code sessiontp.closing.transmission-days} and {@code warning-day}. */
@Configuration
class ClosingConfiguration {

    @Bean
    TransmissionDeadline transmissionDeadline(Clock clock,
                                              @Value("${sessiontp.closing.transmission-days:15}") int days,
                                              @Value("${sessiontp.closing.warning-day:10}") int warningFrom) {
        return new TransmissionDeadline(clock, days, warningFrom);
    }
}
