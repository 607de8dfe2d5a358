package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.people.domain.Candidate;
import fr.sessiontp.people.domain.CandidateDraft;
import fr.sessiontp.people.domain.CandidateInput;
import fr.sessiontp.people.persistence.CandidateRepository;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrects a candidate's details; a change of adjustment (X3) is recorded on its own in the audit trail. */
@Service
public class EditCandidate {

    private final CandidateChecks checks;
    private final CandidateRepository candidates;
    private final AuditTrail audit;

    EditCandidate(CandidateChecks checks, CandidateRepository candidates, AuditTrail audit) {
        this.checks = checks;
        this.candidates = candidates;
        this.audit = audit;
    }

    @Transactional
    public void edit(long centreId, long candidateId, CandidateInput input, String trainerId) {
        Candidate before = candidates.findInCentre(centreId, candidateId)
                .orElseThrow(() -> new UnknownRecordException("candidate", candidateId));
        CandidateDraft draft = checks.validate(centreId, candidateId, input, trainerId);
        try {
            candidates.update(candidateId, draft);
        } catch (DuplicateKeyException e) {
            // saved by someone else between the check and now
            throw new InvalidInputException(FieldViolation.of("identifier", "people.candidate.identifier.taken"));
        }
        audit.record("candidate.updated", null, "candidate", String.valueOf(candidateId),
                "Fiche du candidat « " + draft.displayName() + " » (identifiant " + draft.identifier() + ") modifiée.");
        if (before.extraTimePercent() != draft.extraTimePercent()
                || (draft.extraTimePercent() > 0 && !Objects.equals(before.adjustmentNote(), draft.adjustmentNote()))) {
            CreateCandidate.recordAdjustment(audit, candidateId, draft);
        }
    }
}
