package fr.sessiontp.retention.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sessiontp.retention.*}: how many years grids and ECF booklets are kept after the session's end (A2, 5 by
 * default), and the purge job of this instance (enabled, delay between runs, at most how many sessions per run).
 */
@ConfigurationProperties("sessiontp.retention")
public record RetentionProperties(Integer years, Boolean purgeEnabled, Long purgePollMillis, Integer purgeBatch) {

    public RetentionProperties {
        years = years == null ? 5 : years;
        purgeEnabled = purgeEnabled == null || purgeEnabled;
        purgePollMillis = purgePollMillis == null ? 3_600_000L : purgePollMillis;
        purgeBatch = purgeBatch == null ? 200 : purgeBatch;
    }
}
