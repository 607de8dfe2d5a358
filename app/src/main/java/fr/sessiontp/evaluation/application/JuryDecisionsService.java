package fr.sessiontp.evaluation.application;

import fr.sessiontp.evaluation.JuryDecisions;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** {@link JuryDecisions} through the evaluation and outcome use cases. */
@Service
class JuryDecisionsService implements JuryDecisions {

    private final EvaluateCandidate evaluate;
    private final DecideOutcome decide;

    JuryDecisionsService(EvaluateCandidate evaluate, DecideOutcome decide) {
        this.evaluate = evaluate;
        this.decide = decide;
    }

    @Override
    public void synthesis(CurrentUser user, long sessionId, long candidateId, Map<Long, Boolean> answers) {
        evaluate.synthesis(user, sessionId, candidateId, answers);
    }

    @Override
    public void decide(CurrentUser user, long sessionId, long candidateId, Outcome outcome, List<String> certificateCodes,
                       String observations, String recommendations) {
        decide.confirm(user, sessionId, candidateId, outcome, certificateCodes, observations, recommendations);
    }
}
