package fr.sessiontp.session.persistence;

import fr.sessiontp.audit.AuditScope;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An audit entry about a session belongs to the session's centre. */
@Component
class SessionAuditScope implements AuditScope {

    private final JdbcClient jdbc;

    SessionAuditScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> centreOf(String subjectType, String subjectId) {
        if (!"session".equals(subjectType)) {
            return Optional.empty();
        }
        return AuditScope.numeric(subjectId).flatMap(id -> jdbc.sql("select centre_id from exam_session where id = :id")
                .param("id", id).query(Long.class).optional());
    }
}
