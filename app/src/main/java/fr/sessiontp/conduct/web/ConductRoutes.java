package fr.sessiontp.conduct.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * The exam days: the responsable (SESSION_MANAGER of the centre) and ADMIN act; the session's jury sees the absences
 * and its reception, confirms having no link and draws topics; the session's proctors see their sittings and record
 * incidents.
 */
@Component
class ConductRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        Role[] staff = {Role.ADMIN, Role.SESSION_MANAGER};
        String base = "/sessions/{id}/conduct";
        routes.get(base, Role.ADMIN, Role.SESSION_MANAGER, Role.JURY, Role.PROCTOR)
                .post(base + "/open", staff)
                .post(base + "/checkins/{candidateId}", staff)
                .post(base + "/absences/{candidateId}", staff)
                .post(base + "/envelopes", staff)
                .post(base + "/envelopes/content", staff)
                .post(base + "/steps", staff)
                .post(base + "/start", staff)
                .post(base + "/dte", staff)
                .post(base + "/late", staff)
                .post(base + "/manager", staff)
                .post(base + "/manager/end", staff)
                .post(base + "/briefings", staff)
                .post(base + "/sittings", staff)
                .post(base + "/plateau", staff)
                .post(base + "/jury/{memberId}/confirm", Role.ADMIN, Role.SESSION_MANAGER, Role.JURY)
                .post(base + "/draws", Role.ADMIN, Role.SESSION_MANAGER, Role.JURY)
                .post(base + "/incidents", Role.ADMIN, Role.SESSION_MANAGER, Role.PROCTOR)
                .get(base + "/attendance.pdf", staff)
                .get(base + "/sittings/{index}/attendance.pdf", staff)
                .get(base + "/candidates/{candidateId}/sheet", staff)
                .post(base + "/candidates/{candidateId}/sheet", staff);
    }
}
