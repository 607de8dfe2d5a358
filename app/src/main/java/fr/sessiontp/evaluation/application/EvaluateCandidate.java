package fr.sessiontp.evaluation.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.persistence.EvaluationRepository;
import fr.sessiontp.evaluation.persistence.EvaluationRepository.FinalInterviewRow;
import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.Competence;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionAction;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's jury pair fills in the grids (J2): observation grids per épreuve, the final interview grid, the
 * synthesis grid (D3), the deliberation inputs (D2) and, for a CCP session, the CCPs sat (X1).
 */
@Service
public class EvaluateCandidate {

    static final int MAX_TEXT = 4000;

    private final DeliberationSupport support;
    private final EvaluationRepository repository;
    private final AuditTrail audit;

    EvaluateCandidate(DeliberationSupport support, EvaluationRepository repository, AuditTrail audit) {
        this.support = support;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public void observations(CurrentUser user, long sessionId, long candidateId, Map<String, String> byEpreuve) {
        CandidateFile file = support.editableFile(user, sessionId, candidateId, SessionAction.RECORD_GRID);
        Set<String> codes = file.epreuves().stream().map(e -> e.code()).collect(Collectors.toSet());
        byEpreuve.forEach((code, text) -> {
            if (codes.contains(code)) {
                repository.saveObservation(sessionId, candidateId, code, checked(text, "obs-" + code), user.personId());
            }
        });
        audit.record("evaluation.observationsEntered", RuleId.J2, "candidate", String.valueOf(candidateId),
                "Grilles d'observation saisies pour " + file.candidate().displayName() + ", session "
                        + file.session().summary().number());
    }

    @Transactional
    public void finalInterview(CurrentUser user, long sessionId, long candidateId, FinalInterviewRow row) {
        CandidateFile file = support.editableFile(user, sessionId, candidateId, SessionAction.RECORD_GRID);
        repository.saveFinalInterview(sessionId, candidateId, new FinalInterviewRow(checked(row.project(), "project"),
                checked(row.tradeCulture(), "tradeCulture"), checked(row.conclusions(), "conclusions")), user.personId());
        audit.record("evaluation.finalInterviewEntered", RuleId.J2, "candidate", String.valueOf(candidateId),
                "Grille de l'entretien final saisie pour " + file.candidate().displayName() + ", session "
                        + file.session().summary().number());
    }

    /** Saves the answers given (competence id → mastered); competences left unanswered stay as they were. */
    @Transactional
    public void synthesis(CurrentUser user, long sessionId, long candidateId, Map<Long, Boolean> answers) {
        CandidateFile file = support.editableFile(user, sessionId, candidateId, SessionAction.RECORD_GRID);
        Set<Long> inScope = file.certificatesOfKind().stream().flatMap(c -> c.competences().stream())
                .map(Competence::id).collect(Collectors.toSet());
        answers.forEach((competence, mastered) -> {
            if (!inScope.contains(competence)) {
                throw new InputRejectedException("synthesis", Messages.get("evaluation.error.unknownCompetence"));
            }
            if (mastered != null) {
                repository.saveSynthesis(sessionId, candidateId, competence, mastered, user.personId());
            }
        });
        // D1: the trail records that the grid was entered, never what it says (the staff reads the trail).
        audit.record("evaluation.synthesisEntered", RuleId.D3, "candidate", String.valueOf(candidateId),
                Messages.get("evaluation.audit.synthesisEntered", file.candidate().displayName(),
                        file.session().summary().number()));
    }

    @Transactional
    public void inputs(CurrentUser user, long sessionId, long candidateId, String ecf, String msp, String dp) {
        CandidateFile file = support.editableFile(user, sessionId, candidateId, SessionAction.RECORD_GRID);
        repository.saveInputs(sessionId, candidateId, file.inputs().ecf() ? checked(ecf, "ecf") : "",
                checked(msp, "msp"), file.inputs().dp() ? checked(dp, "dp") : "", user.personId());
        audit.record("evaluation.inputsEntered", RuleId.D2, "candidate", String.valueOf(candidateId),
                "Éléments de délibération saisis pour " + file.candidate().displayName() + ", session "
                        + file.session().summary().number());
    }

    /** X1: the CCPs a candidate sits at a CCP session. */
    @Transactional
    public void certificatesSat(CurrentUser user, long sessionId, long candidateId, Set<Long> certificateIds) {
        CandidateFile file = support.editableFile(user, sessionId, candidateId, SessionAction.RECORD_GRID);
        if (!file.inputs().chooseCertificatesSat()) {
            throw new InputRejectedException("sat", Messages.get("evaluation.error.notCcpSession"));
        }
        Set<Long> known = file.certificatesOfKind().stream().map(Certificate::id).collect(Collectors.toSet());
        if (certificateIds.isEmpty() || !known.containsAll(certificateIds)) {
            throw new InputRejectedException("sat", Messages.get("evaluation.error.chooseCcp"));
        }
        repository.saveCertificatesSat(sessionId, candidateId, new HashSet<>(certificateIds));
        audit.record("evaluation.certificatesSat", RuleId.X1, "candidate", String.valueOf(candidateId),
                certificateIds.size() + " CCP présenté(s) par " + file.candidate().displayName());
    }

    static String checked(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_TEXT) {
            throw new InputRejectedException(field, Messages.get("evaluation.error.tooLong", MAX_TEXT));
        }
        return value;
    }
}
