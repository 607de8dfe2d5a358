package fr.sessiontp.api.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * The REST API's routes, for API clients only (a bearer token of a centre), and the ADMIN's token page. The
 * {@code /api} routes are enforced by the security module's API filter chain (stateless, JSON refusals).
 */
@Component
class ApiRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/api/openapi.json", Role.API_CLIENT)
                .get("/api/sessions", Role.API_CLIENT)
                .get("/api/sessions/{id}", Role.API_CLIENT)
                .post("/api/sessions/{id}/candidates", Role.API_CLIENT)
                .get("/api/sessions/{id}/deroule", Role.API_CLIENT)
                .get("/api/sessions/{id}/results", Role.API_CLIENT)
                .get("/admin/api-tokens", Role.ADMIN)
                .post("/admin/api-tokens", Role.ADMIN)
                .post("/admin/api-tokens/{tokenId}/revoke", Role.ADMIN)
                .get("/admin/api-tokens/openapi.json", Role.ADMIN);
    }
}
