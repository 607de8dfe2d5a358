package fr.sessiontp.evaluation.web;

import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import org.springframework.stereotype.Component;

/**
 * Deliberation pages are for the session's jury only (D1, D9): no responsable, proctor, trainer, authority or
 * candidate route reads grids or results before the reports are signed.
 */
@Component
class EvaluationRoutes implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/sessions/{id}/deliberation", Role.JURY)
                .get("/sessions/{id}/deliberation/{candidateId}", Role.JURY)
                .post("/sessions/{id}/deliberation/{candidateId}/observations", Role.JURY)
                .post("/sessions/{id}/deliberation/{candidateId}/final-interview", Role.JURY)
                .post("/sessions/{id}/deliberation/{candidateId}/synthesis", Role.JURY)
                .post("/sessions/{id}/deliberation/{candidateId}/inputs", Role.JURY)
                .post("/sessions/{id}/deliberation/{candidateId}/sat", Role.JURY)
                .post("/sessions/{id}/deliberation/{candidateId}/outcome", Role.JURY);
    }
}
