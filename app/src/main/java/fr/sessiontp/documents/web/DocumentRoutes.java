package fr.sessiontp.documents.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/** The example document is for the centre's staff only. */
@Component
class DocumentRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/documents/sample.pdf", Role.ADMIN)
                .get("/documents/sample", Role.ADMIN);
    }
}
