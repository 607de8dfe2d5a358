package fr.sessiontp.reports.persistence;

import fr.sessiontp.audit.AuditScope;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An audit entry about a PV version belongs to the centre the version names. */
@Component
class ReportAuditScope implements AuditScope {

    private final JdbcClient jdbc;

    ReportAuditScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> centreOf(String subjectType, String subjectId) {
        if (!"report".equals(subjectType)) {
            return Optional.empty();
        }
        return AuditScope.numeric(subjectId).flatMap(id -> jdbc.sql("select centre_id from report_version where id = :id")
                .param("id", id).query(Long.class).optional());
    }
}
