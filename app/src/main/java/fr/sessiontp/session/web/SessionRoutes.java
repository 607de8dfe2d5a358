package fr.sessiontp.session.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * The session pages: everyone sees the sessions they take part in; only the centre's staff and session managers create,
 * edit and staff them.
 */
@Component
class SessionRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        Role[] staff = {Role.ADMIN, Role.SESSION_MANAGER};
        Role[] takePart = {Role.ADMIN, Role.SESSION_MANAGER, Role.JURY, Role.PROCTOR, Role.TRAINER, Role.AUTHORITY};
        routes.get("/", Role.interactive())
                .get("/sessions/new", staff)
                .post("/sessions/new", staff)
                .get("/sessions/{id}", takePart)
                .get("/sessions/{id}/edit", staff)
                .post("/sessions/{id}/edit", staff)
                .post("/sessions/{id}/enrolments", staff)
                .post("/sessions/{id}/enrolments/{candidateId}/withdraw", staff)
                .post("/sessions/{id}/enrolments/{candidateId}/pair", staff)
                .post("/sessions/{id}/pairs", staff)
                .post("/sessions/{id}/pairs/{pairId}/dissolve", staff)
                .post("/sessions/{id}/proctors", staff)
                .post("/sessions/{id}/proctors/{proctorId}/remove", staff)
                .post("/sessions/{id}/status", staff);
    }
}
