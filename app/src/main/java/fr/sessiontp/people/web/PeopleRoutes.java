package fr.sessiontp.people.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/** The people pages: the centre's staff (ADMIN) manage, session managers read. Import routes come first: they are ADMIN only. */
@Component
class PeopleRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/people/candidates/import", Role.ADMIN)
                .get("/people/candidates/import/template.csv", Role.ADMIN)
                .post("/people/candidates/import", Role.ADMIN)
                .post("/people/candidates/import/confirm", Role.ADMIN)
                .get("/people/candidates/new", Role.ADMIN)
                .get("/people/candidates", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/candidates", Role.ADMIN)
                .get("/people/candidates/{id}", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/candidates/{id}", Role.ADMIN)

                .get("/people/jury/import", Role.ADMIN)
                .get("/people/jury/import/template.csv", Role.ADMIN)
                .post("/people/jury/import", Role.ADMIN)
                .post("/people/jury/import/confirm", Role.ADMIN)
                .get("/people/jury/new", Role.ADMIN)
                .get("/people/jury", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/jury", Role.ADMIN)
                .get("/people/jury/{id}", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/jury/{id}", Role.ADMIN)
                .post("/people/jury/{id}/habilitations", Role.ADMIN)
                .post("/people/jury/{id}/habilitations/{habilitationId}/delete", Role.ADMIN)
                .post("/people/jury/{id}/links", Role.ADMIN)
                .post("/people/jury/{id}/links/{linkId}/delete", Role.ADMIN)

                .get("/people/staff/{kind}/new", Role.ADMIN)
                .get("/people/staff", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/staff/{kind}", Role.ADMIN)
                .get("/people/staff/{kind}/{id}", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/staff/{kind}/{id}", Role.ADMIN);
    }
}
