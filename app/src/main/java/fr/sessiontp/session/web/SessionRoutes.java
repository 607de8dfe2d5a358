package fr.sessiontp.session.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

@Component
class SessionRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/", Role.values());
    }
}
