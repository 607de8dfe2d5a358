package fr.sessiontp.people.persistence;

import fr.sessiontp.audit.AuditScope;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An audit entry about a candidate, a trainer, a proctor or a responsable belongs to their centre. A jury member
 * belongs to no centre: the entry falls to the acting user's centre.
 */
@Component
class PeopleAuditScope implements AuditScope {

    /** Subject type → the people table holding its centre (fixed names, never user input). */
    private static final Map<String, String> TABLES = Map.of("candidate", "candidate", "trainer", "trainer",
            "proctor", "proctor", "session_manager", "session_manager");

    private final JdbcClient jdbc;

    PeopleAuditScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> centreOf(String subjectType, String subjectId) {
        String table = TABLES.get(subjectType);
        if (table == null) {
            return Optional.empty();
        }
        return AuditScope.numeric(subjectId).flatMap(id -> jdbc.sql("select centre_id from " + table + " where id = :id")
                .param("id", id).query(Long.class).optional());
    }
}
