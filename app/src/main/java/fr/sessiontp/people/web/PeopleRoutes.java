package fr.sessiontp.people.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * The people pages: the centre's staff (ADMIN) manage, session managers read; the regional authority keeps the jury
 * directory (X2). Specific routes come before the patterns they would match.
 */
@Component
class PeopleRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        // X2: the regional authority's jury directory; jury records are the authority's, centres propose (#13.7)
        routes.get("/people/directory", Role.AUTHORITY)
                .post("/people/directory/proposals/{proposalId}/accept", Role.AUTHORITY)
                .post("/people/directory/proposals/{proposalId}/refuse", Role.AUTHORITY)
                // a jury member's unavailable days: the member (JURY, their own) or a centre's staff for them
                .get("/people/jury/{id}/unavailability", Role.ADMIN, Role.SESSION_MANAGER, Role.JURY)
                .post("/people/jury/{id}/unavailability", Role.ADMIN, Role.SESSION_MANAGER, Role.JURY)
                .post("/people/jury/{id}/unavailability/{unavailabilityId}/delete", Role.ADMIN, Role.SESSION_MANAGER, Role.JURY);
        // the responsable imports the candidates of the sessions they run, as the centre's staff does
        routes.get("/people/candidates/import", Role.ADMIN, Role.SESSION_MANAGER)
                .get("/people/candidates/import/template.csv", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/candidates/import", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/candidates/import/confirm", Role.ADMIN, Role.SESSION_MANAGER)
                .get("/people/candidates/new", Role.ADMIN)
                .get("/people/candidates", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/candidates", Role.ADMIN)
                .get("/people/candidates/{id}", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/candidates/{id}", Role.ADMIN)

                .get("/people/jury/import", Role.AUTHORITY)
                .get("/people/jury/import/template.csv", Role.AUTHORITY)
                .post("/people/jury/import", Role.AUTHORITY)
                .post("/people/jury/import/confirm", Role.AUTHORITY)
                .get("/people/jury/new", Role.ADMIN)
                .get("/people/jury", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/jury", Role.ADMIN)
                .get("/people/jury/{id}", Role.ADMIN, Role.SESSION_MANAGER, Role.AUTHORITY)
                .post("/people/jury/{id}", Role.AUTHORITY)
                .post("/people/jury/{id}/habilitations", Role.AUTHORITY)
                .post("/people/jury/{id}/habilitations/{habilitationId}/delete", Role.AUTHORITY)
                .post("/people/jury/{id}/habilitations/{habilitationId}", Role.AUTHORITY)
                .post("/people/jury/{id}/links", Role.ADMIN)
                .post("/people/jury/{id}/links/{linkId}/delete", Role.ADMIN)

                .get("/people/staff/{kind}/new", Role.ADMIN)
                .get("/people/staff", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/staff/{kind}", Role.ADMIN)
                .get("/people/staff/{kind}/{id}", Role.ADMIN, Role.SESSION_MANAGER)
                .post("/people/staff/{kind}/{id}", Role.ADMIN);
    }
}
