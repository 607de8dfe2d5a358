package fr.sessiontp.results.application;

import fr.sessiontp.results.domain.ResitDeadline;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * X6 settings: {@code sessiontp.results.resit-period} (ISO-8601 period from the session's end, default {@code P1Y})
 * and {@code sessiontp.results.resit-warning-days} (warn this many days before the deadline, default 60).
 */
@Configuration(proxyBeanMethods = false)
class ResultsSettings {

    @Bean
    ResitDeadline resitDeadline(@Value("${sessiontp.results.resit-period:P1Y}") String period,
                                @Value("${sessiontp.results.resit-warning-days:60}") int warningDays) {
        return new ResitDeadline(Period.parse(period), warningDays);
    }
}
