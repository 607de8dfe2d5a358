package fr.sessiontp.closing.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * Closing: the centre's staff see the closing page, transmit (A1), record the entry of the results in CERES (A1),
 * download their copy (X7), record the authority's validation received outside SessionTP (D9) and archive; the authority
 * alone reviews — lists, reads the sealed PVs, validates (D9) or sends back — and sees its regional dashboard.
 */
@Component
class ClosingRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/sessions/{id}/closing", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/sessions/{id}/closing/transmit", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/sessions/{id}/closing/archive", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/sessions/{id}/closing/ceres", Role.ADMIN, Role.SESSION_MANAGER)
                .get("/sessions/{id}/closing/reports/{versionId}/pdf", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/sessions/{id}/closing/outside-validation", Role.ADMIN, Role.SESSION_MANAGER)
                .get("/sessions/{id}/closing/outside-validation/{outsideId}/pdf", Role.ADMIN, Role.SESSION_MANAGER)
                .get("/authority", Role.AUTHORITY)
                .get("/authority/dashboard", Role.AUTHORITY)
                .get("/authority/sessions/{id}", Role.AUTHORITY)
                .get("/authority/sessions/{id}/reports/{versionId}/pdf", Role.AUTHORITY)
                .post("/authority/sessions/{id}/validate", Role.AUTHORITY)
                .post("/authority/sessions/{id}/send-back", Role.AUTHORITY);
    }
}
