package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.CandidateDraft;
import fr.sessiontp.people.domain.CandidateInput;
import fr.sessiontp.people.persistence.CandidateRepository;
import org.springframework.dao.DuplicateKeyException;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a candidate in the user's centre. */
@Service
public class CreateCandidate {

    private final CandidateChecks checks;
    private final CandidateRepository candidates;
    private final AuditTrail audit;

    CreateCandidate(CandidateChecks checks, CandidateRepository candidates, AuditTrail audit) {
        this.checks = checks;
        this.candidates = candidates;
        this.audit = audit;
    }

    /** @return the new candidate's id; throws {@link fr.sessiontp.people.domain.InvalidInputException} listing every error */
    @Transactional
    public long create(long centreId, CandidateInput input, String trainerId) {
        CandidateDraft draft = checks.validate(centreId, null, input, trainerId);
        long id;
        try {
            id = candidates.insert(centreId, draft);
        } catch (DuplicateKeyException e) {
            // saved by someone else between the check and now
            throw new InvalidInputException(FieldViolation.of("identifier", "people.candidate.identifier.taken"));
        }
        audit.record("candidate.created", null, "candidate", String.valueOf(id),
                "Candidat « " + draft.displayName() + " » (identifiant " + draft.identifier() + ") enregistré, voie d'accès "
                        + fr.sessiontp.people.domain.AccessRoutes.label(draft.accessRoute()) + ".");
        if (draft.extraTimePercent() > 0) {
            recordAdjustment(audit, id, draft);
        }
        return id;
    }

    static void recordAdjustment(AuditTrail audit, long id, CandidateDraft draft) {
        String details = draft.extraTimePercent() == 0
                ? "Temps majoré retiré pour le candidat « " + draft.displayName() + " » (identifiant " + draft.identifier() + ")."
                : "Temps majoré de " + draft.extraTimePercent() + " % accordé au candidat « " + draft.displayName()
                        + " » (identifiant " + draft.identifier() + "), décision de la DDETS : " + draft.adjustmentNote();
        audit.record("candidate.adjustment.set", RuleId.X3, "candidate", String.valueOf(id), details);
    }
}
