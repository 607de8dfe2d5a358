package fr.sessiontp.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL server shipped inside a Maven artifact when no database URL is
 * configured, so that the demo run and the tests need no installation. With
 * {@code spring.datasource.url} set, Spring Boot's own data source is used instead.
 *
 * <p>Connections go through a HikariCP pool, as with Spring Boot's own data source: the server's
 * bare data source opens a new PostgreSQL backend for every transaction, which cost more than the
 * page it served. The pool reads the usual {@code spring.datasource.hikari.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** One server per data directory and JVM, shared by every application context (tests build several). */
    private static final Map<Path, EmbeddedPostgres> SERVERS = new HashMap<>();

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(@Value("${sessiontp.embedded-db.data-dir:./data/postgres}") String dataDir,
                                @Value("${sessiontp.embedded-db.clean:false}") boolean clean) {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize();
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("embedded-postgres");
        Optional<Integer> running = clean ? Optional.empty() : runningServerPort(directory);
        if (running.isPresent()) {
            // An administration command (create-admin, backup, restore, verify-audit) while the application runs: the
            // data directory is locked by the application's server, so the command connects to it.
            log.info("Embedded PostgreSQL already running on port {} with data in {}: connecting to it", running.get(),
                    directory);
            pool.setJdbcUrl("jdbc:postgresql://localhost:%d/postgres?user=postgres".formatted(running.get()));
        } else {
            pool.setJdbcUrl(server(directory, clean).getJdbcUrl("postgres", "postgres"));
        }
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        // Tests keep several application contexts alive on one server: idle pools shrink to one connection.
        pool.setMinimumIdle(1);
        pool.setIdleTimeout(60_000);
        return pool;
    }

    /**
     * The port of a server another process started on this data directory and that still runs, read from PostgreSQL's
     * {@code postmaster.pid} (line 1 the process id, line 4 the port); empty when none runs there.
     */
    static synchronized Optional<Integer> runningServerPort(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            boolean ours = SERVERS.containsKey(dataDir);
            return alive && !ours ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static synchronized EmbeddedPostgres server(Path dataDir, boolean clean) {
        return SERVERS.computeIfAbsent(dataDir, dir -> start(dir, clean));
    }

    private static EmbeddedPostgres start(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres server = builder(dataDir, clean).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server in " + dataDir, e);
        }
    }

    /**
     * The server's settings. The library starts PostgreSQL for throwaway test databases: {@code -F} (fsync off) and
     * {@code synchronous_commit=off}, so a commit is acknowledged before its WAL is written, and a crash of the server
     * (or of the JVM and its child postmaster together) loses transactions the users were told were saved — a PV
     * signature shown as signed, then gone after the restart. A data directory that is kept ({@code clean=false}: the
     * application's {@code ./data/postgres}) therefore runs with PostgreSQL's own defaults, {@code fsync=on} (the later
     * {@code -c} wins over {@code -F}) and {@code synchronous_commit=on}; a directory wiped at each start (the tests')
     * keeps the fast settings.
     */
    static EmbeddedPostgres.Builder builder(Path dataDir, boolean clean) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setServerConfig("timezone", "UTC")
                // several application contexts (tests) or instances, each with its pool, share one server
                .setServerConfig("max_connections", "300");
        if (!clean) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        return builder;
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
