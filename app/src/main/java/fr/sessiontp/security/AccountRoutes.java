package fr.sessiontp.security;

import org.springframework.stereotype.Component;

/**
 * Accounts: the platform administrator manages every account, a centre's ADMIN their centre's (the use cases narrow
 * which accounts each sees). The one-time link pages (/account/password, /account/forgotten) are public, like /login.
 */
@Component
class AccountRoutes implements RouteRules {

    static final String[] PUBLIC = {"/account/password", "/account/forgotten"};

    @Override
    public void declare(Routes routes) {
        routes.get("/admin/users", Role.PLATFORM_ADMIN, Role.ADMIN)
                .get("/admin/users/invite", Role.PLATFORM_ADMIN, Role.ADMIN)
                .post("/admin/users/invite", Role.PLATFORM_ADMIN, Role.ADMIN)
                .get("/admin/users/{id}", Role.PLATFORM_ADMIN, Role.ADMIN)
                .post("/admin/users/{id}/role", Role.PLATFORM_ADMIN, Role.ADMIN)
                .post("/admin/users/{id}/disable", Role.PLATFORM_ADMIN, Role.ADMIN)
                .post("/admin/users/{id}/enable", Role.PLATFORM_ADMIN, Role.ADMIN)
                .post("/admin/users/{id}/reset", Role.PLATFORM_ADMIN, Role.ADMIN);
    }
}
