package fr.sessiontp.evaluation.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Outcome;
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
 * and the certificates awarded are those the grid implies at this type of session (X1, D4) and recommendations
 * accompany a partial success or a failure (D5). Presence comes from the exam day's record (O2): a candidate the
 * responsable recorded absent is Absent, any other outcome is refused, and Absent is refused for anyone else.
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
    public void confirm(CurrentUser user, long sessionId, long candidateId, Outcome chosen, List<String> codes,
                        String observations, String recommendations) {
        CandidateFile file = support.editableFile(user, sessionId, candidateId, SessionAction.DECIDE_OUTCOME);
        String obs = EvaluateCandidate.checked(observations, "observations");
        String rec = EvaluateCandidate.checked(recommendations, "recommendations");
        OutcomePolicy.confirm(file.session().summary().type(), file.synthesis(), chosen, codes, rec,
                file.recordedAbsent()).orThrow();
        Outcome outcome = file.recordedAbsent() ? Outcome.ABSENT : chosen;
        List<String> awarded = OutcomePolicy.awardedCodes(outcome, file.synthesis());
        repository.saveOutcome(sessionId, candidateId, outcome.name(), awarded, obs,
                outcome == Outcome.ABSENT ? "" : rec, "", user.personId());
        deliberationStarted(sessionId);
        // D1: the trail records that a result was confirmed, never which one (the staff reads the trail).
        audit.record("evaluation.outcomeConfirmed", RuleId.D4, "candidate", String.valueOf(candidateId),
                Messages.get("evaluation.audit.outcomeConfirmed", file.candidate().displayName(),
                        file.session().summary().number()));
    }

    /** The first outcome recorded: the session moves from "épreuves in progress" to deliberation, when its lifecycle allows. */
    private void deliberationStarted(long sessionId) {
        SessionStatus current = sessions.session(sessionId).orElseThrow().summary().status();
        if (current == SessionStatus.IN_PROGRESS && sessions.nextStatuses(current).contains(SessionStatus.DELIBERATION)) {
            gate.startDeliberation(sessionId);
        }
    }
}
