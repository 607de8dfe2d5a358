package fr.sessiontp.operations;

import fr.sessiontp.common.Messages;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * The whole database in one file, and back. A backup is a ZIP archive: {@code manifest.properties} (format, date, the
 * schema's Flyway version, the tables and the sequences' values), then one entry per table in PostgreSQL's COPY text
 * format (every row, the sealed PDFs of the signed PVs and the seal keys included: documents are stored in the
 * database), then {@code counts.properties} (rows per table). The dump reads one snapshot (a read-only REPEATABLE READ
 * transaction), so the application may keep running. It needs no PostgreSQL client program, whatever the server's
 * version. A restore goes into an empty database migrated to the same schema version, in one transaction: all or
 * nothing.
 */
@Component
class DatabaseArchive {

    static final String FORMAT = "sessiontp-backup/1";
    private static final String MANIFEST = "manifest.properties";
    private static final String COUNTS = "counts.properties";
    private static final String TABLES = "tables/";
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final DataSource dataSource;

    DatabaseArchive(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a backup holds, as its manifest and counts say. */
    record Summary(String schemaVersion, Instant created, Map<String, Long> rows) {
        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Why a restore does not start; the French message says what to do. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Writes the backup to {@code file} (through a temporary file, so a failed backup leaves no partial file). */
    Summary backup(Path file) throws IOException, SQLException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            Summary summary;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary))) {
                summary = write(connection, zip);
            } finally {
                connection.rollback();
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Summary write(Connection connection, ZipOutputStream zip) throws IOException, SQLException {
        String version = schemaVersion(connection);
        List<String> tables = tables(connection);
        Instant created = Instant.now();
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("created", created.toString());
        manifest.setProperty("schemaVersion", version);
        manifest.setProperty("tables", String.join(",", tables));
        sequences(connection).forEach((name, value) -> manifest.setProperty("sequence." + name, value));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        manifest.store(zip, "SessionTP backup");
        zip.closeEntry();

        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            zip.putNextEntry(new ZipEntry(TABLES + table + ".copy"));
            rows.put(table, copy.copyOut("copy " + quote(table) + " to stdout", new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the next table goes into the same archive
                }
            }));
            zip.closeEntry();
        }
        Properties counts = new Properties();
        rows.forEach((table, n) -> counts.setProperty(table, String.valueOf(n)));
        zip.putNextEntry(new ZipEntry(COUNTS));
        counts.store(zip, "rows per table");
        zip.closeEntry();
        return new Summary(version, created, rows);
    }

    /**
     * Puts a backup back into this database, which must be empty (every table of the schema without a row) and at the
     * backup's schema version. Foreign keys are dropped for the load and added back (and so checked) before the commit.
     */
    Summary restore(Path file) throws IOException, SQLException, Refused {
        if (!Files.isRegularFile(file)) {
            throw new Refused(Messages.get("operations.restore.noFile", file));
        }
        try (Connection connection = dataSource.getConnection();
             ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            connection.setAutoCommit(false);
            try {
                Summary summary = load(connection, zip);
                connection.commit();
                return summary;
            } catch (IOException | SQLException | Refused | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Summary load(Connection connection, ZipInputStream zip) throws IOException, SQLException, Refused {
        ZipEntry entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals(MANIFEST)) {
            throw new Refused(Messages.get("operations.restore.notABackup"));
        }
        Properties manifest = new Properties();
        manifest.load(zip); // load does not close the archive
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new Refused(Messages.get("operations.restore.notABackup"));
        }
        String version = manifest.getProperty("schemaVersion");
        String current = schemaVersion(connection);
        if (!current.equals(version)) {
            throw new Refused(Messages.get("operations.restore.version", version, current));
        }
        List<String> tables = tables(connection);
        for (String table : tables) {
            if (hasRows(connection, table)) {
                throw new Refused(Messages.get("operations.restore.notEmpty", table));
            }
        }
        List<String[]> foreignKeys = foreignKeys(connection);
        try (Statement statement = connection.createStatement()) {
            for (String[] fk : foreignKeys) {
                statement.execute("alter table " + quote(fk[0]) + " drop constraint " + quote(fk[1]));
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        Properties counts = null;
        for (entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (name.equals(COUNTS)) {
                counts = new Properties();
                counts.load(zip);
            } else if (name.startsWith(TABLES) && name.endsWith(".copy")) {
                String table = name.substring(TABLES.length(), name.length() - ".copy".length());
                if (!tables.contains(table)) {
                    throw new Refused(Messages.get("operations.restore.unknownTable", table));
                }
                rows.put(table, copy.copyIn("copy " + quote(table) + " from stdin", new FilterInputStream(zip) {
                    @Override
                    public void close() {
                        // the next table comes from the same archive
                    }
                }));
            }
        }
        if (!complete(counts, rows)) {
            throw new Refused(Messages.get("operations.restore.incomplete"));
        }
        try (Statement statement = connection.createStatement()) {
            for (String[] fk : foreignKeys) {
                statement.execute("alter table " + quote(fk[0]) + " add constraint " + quote(fk[1]) + " " + fk[2]);
            }
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String sequence = key.substring("sequence.".length());
                    statement.execute("select setval('" + quote(sequence).replace("'", "''") + "', "
                            + Long.parseLong(manifest.getProperty(key)) + ", true)");
                }
            }
        }
        return new Summary(version, Instant.parse(manifest.getProperty("created")), rows);
    }

    /** Every table the backup announced came back with as many rows as it announced. */
    private static boolean complete(Properties counts, Map<String, Long> rows) {
        return counts != null && counts.stringPropertyNames().equals(rows.keySet())
                && rows.entrySet().stream().allMatch(e -> String.valueOf(e.getValue()).equals(counts.getProperty(e.getKey())));
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version from " + FLYWAY_HISTORY
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** The tables of the application's schema, without Flyway's history (the restore's own migration writes it). */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = current_schema() "
                     + "and tablename <> '" + FLYWAY_HISTORY + "' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The sequences that have been used, with their last value. */
    private static Map<String, String> sequences(Connection connection) throws SQLException {
        Map<String, String> sequences = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select sequencename, last_value from pg_sequences "
                     + "where schemaname = current_schema() and last_value is not null order by sequencename")) {
            while (rs.next()) {
                sequences.put(rs.getString(1), String.valueOf(rs.getLong(2)));
            }
        }
        return sequences;
    }

    /** Table, constraint name and definition of every foreign key of the schema. */
    private static List<String[]> foreignKeys(Connection connection) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname, k.conname, pg_get_constraintdef(k.oid)
                     from pg_constraint k join pg_class c on c.oid = k.conrelid
                     join pg_namespace n on n.oid = c.relnamespace
                     where k.contype = 'f' and n.nspname = current_schema()
                     order by c.relname, k.conname""")) {
            while (rs.next()) {
                keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return keys;
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select exists (select 1 from " + quote(table) + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
