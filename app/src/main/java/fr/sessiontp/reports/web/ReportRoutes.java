package fr.sessiontp.reports.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * PVs: the session's jury prepares and signs them; the centre's staff sees them once the jury has signed (D1), and the
 * responsable countersigns (D8). Proctors, trainers and the authority have no route here (D9).
 */
@Component
class ReportRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/deliberations", Role.JURY, Role.SESSION_MANAGER, Role.ADMIN)
                .get("/sessions/{id}/reports", Role.JURY, Role.SESSION_MANAGER, Role.ADMIN)
                .post("/sessions/{id}/reports/prepare", Role.JURY)
                .get("/reports/{versionId}", Role.JURY, Role.SESSION_MANAGER, Role.ADMIN)
                .get("/reports/{versionId}/document", Role.JURY, Role.SESSION_MANAGER, Role.ADMIN)
                .get("/reports/{versionId}/pdf", Role.JURY, Role.SESSION_MANAGER, Role.ADMIN)
                .post("/reports/{versionId}/sign", Role.JURY, Role.SESSION_MANAGER);
    }
}
