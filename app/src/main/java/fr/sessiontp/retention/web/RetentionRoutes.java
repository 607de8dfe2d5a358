package fr.sessiontp.retention.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * The session file page: the centre's staff (ADMIN, SESSION_MANAGER of the session's centre) see it, record ECF
 * booklets, DP returns and each A3 destruction they made; only ADMIN may ask for the A2 purge of a due file (the job does it otherwise).
 */
@Component
class RetentionRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        String base = "/sessions/{id}/retention";
        routes.get(base, Role.ADMIN, Role.SESSION_MANAGER)
                .post(base + "/portfolios/{candidateId}", Role.ADMIN, Role.SESSION_MANAGER)
                .post(base + "/documents", Role.ADMIN, Role.SESSION_MANAGER)
                .post(base + "/destructions", Role.ADMIN, Role.SESSION_MANAGER)
                .post(base + "/purge", Role.ADMIN);
    }
}
