package fr.sessiontp.results.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * Results pages: the centre's staff (ADMIN, SESSION_MANAGER) only. The CERES export carries personal data (A1); the
 * results board is printed by the staff and posted at the centre (A5); re-sit deadlines are followed by the staff (X6).
 * Jury, proctors, trainers and the authority have no route here.
 */
@Component
class ResultsRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        Role[] staff = {Role.ADMIN, Role.SESSION_MANAGER};
        routes.get("/results", staff)
                .get("/sessions/{id}/results", staff)
                .get("/sessions/{id}/results/ceres.csv", staff)
                .get("/sessions/{id}/results/ceres.json", staff)
                .get("/sessions/{id}/board", staff)
                .get("/sessions/{id}/board.pdf", staff)
                .get("/resits", staff);
    }
}
