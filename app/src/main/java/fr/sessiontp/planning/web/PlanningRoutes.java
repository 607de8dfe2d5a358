package fr.sessiontp.planning.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * The déroulé pages: the centre's staff and session managers plan, adjust and publish; the jury members and proctors
 * of the session see the timeline and the poster, the jury members their pair's plan. Scoping to the user's sessions
 * (404 otherwise) is done by the controller.
 */
@Component
class PlanningRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        Role[] staff = {Role.ADMIN, Role.SESSION_MANAGER};
        Role[] viewers = {Role.ADMIN, Role.SESSION_MANAGER, Role.JURY, Role.PROCTOR};
        Role[] jury = {Role.ADMIN, Role.SESSION_MANAGER, Role.JURY};
        routes.get("/deroules", viewers)
                .get("/sessions/{id}/deroule", viewers)
                .get("/sessions/{id}/deroule/progress", staff)
                .post("/sessions/{id}/deroule/plan", staff)
                .post("/sessions/{id}/deroule/stop", staff)
                .post("/sessions/{id}/deroule/sittings/{index}/move", staff)
                .post("/sessions/{id}/deroule/replan", staff)
                .post("/sessions/{id}/deroule/convocations", staff)
                .post("/sessions/{id}/deroule/jury-plans", staff)
                .post("/sessions/{id}/deroule/convocations/{candidateId}/send", staff)
                .get("/sessions/{id}/deroule/convocations/{candidateId}/convocation.pdf", staff)
                .get("/sessions/{id}/deroule/poster.pdf", viewers)
                .get("/sessions/{id}/deroule/pairs/{position}/plan.pdf", jury)
                .get("/sessions/{id}/deroule/pairs/{position}/plan.ics", jury);
    }
}
