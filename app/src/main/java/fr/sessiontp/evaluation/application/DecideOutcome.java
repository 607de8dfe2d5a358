package fr.sessiontp.evaluation.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.domain.OutcomeLabels;
import fr.sessiontp.evaluation.domain.OutcomePolicy;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionAction;
import fr.sessiontp.session.SessionGate;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.Sessions;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury pair confirms a candidate's outcome (D4): refused unless the synthesis grid is complete (D3), the outcome
 * and the CCPs awarded are those the grid implies (D4) and recommendations accompany a partial success or a failure
 * (D5). Absent needs a note (the absence recorded on the deliberation page while the conduct module's record is not
 * available).
 */
@Service
public class DecideOutcome {

    private final DeliberationSupport support;
    private final fr.sessiontp.evaluation.persistence.EvaluationRepository repository;
    private final AuditTrail audit;
    private final Sessions sessions;
    private final SessionGate gate;

    DecideOutcome(DeliberationSupport support, fr.sessiontp.evaluation.persistence.EvaluationRepository repository,
                  AuditTrail audit, Sessions sessions, SessionGate gate) {
        this.support = support;
        this.repository = repository;
        this.audit = audit;
        this.sessions = sessions;
        this.gate = gate;
    }

    @Transactional
    public void confirm(CurrentUser user, long sessionId, long candidateId, Outcome outcome, List<String> codes,
                        String observations, String recommendations, String absenceNote) {
        CandidateFile file = support.editableFile(user, sessionId, candidateId, SessionAction.DECIDE_OUTCOME);
        String obs = EvaluateCandidate.checked(observations, "observations");
        String rec = EvaluateCandidate.checked(recommendations, "recommendations");
        String note = EvaluateCandidate.checked(absenceNote, "absenceNote");
        OutcomePolicy.confirm(file.synthesis(), outcome, codes, rec, note).orThrow();
        List<String> awarded = switch (outcome) {
            case SUCCESS, PARTIAL_SUCCESS -> file.synthesis().awardedCodes();
            default -> List.of();
        };
        repository.saveOutcome(sessionId, candidateId, outcome.name(), awarded, obs,
                outcome == Outcome.ABSENT ? "" : rec, outcome == Outcome.ABSENT ? note : "", user.personId());
        deliberationStarted(sessionId);
        audit.record("evaluation.outcomeConfirmed", outcome == Outcome.ABSENT ? RuleId.O2 : RuleId.D4, "candidate",
                String.valueOf(candidateId), "Résultat confirmé par le jury pour " + file.candidate().displayName()
                        + " : " + OutcomeLabels.label(outcome)
                        + (awarded.isEmpty() ? "" : " (" + String.join(", ", awarded) + ")")
                        + ", session " + file.session().summary().number());
    }

    /** The first outcome recorded: the session moves from "épreuves in progress" to deliberation, when its lifecycle allows. */
    private void deliberationStarted(long sessionId) {
        SessionStatus current = sessions.session(sessionId).orElseThrow().summary().status();
        if (current == SessionStatus.IN_PROGRESS && sessions.nextStatuses(current).contains(SessionStatus.DELIBERATION)) {
            gate.startDeliberation(sessionId);
        }
    }
}
