package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.Candidate;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryLinkRules;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.persistence.CandidateRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** S3: declares a personal or professional link between a jury member and a candidate of the user's centre. */
@Service
public class DeclareJuryLink {

    private final JuryRepository jury;
    private final CandidateRepository candidates;
    private final AuditTrail audit;

    DeclareJuryLink(JuryRepository jury, CandidateRepository candidates, AuditTrail audit) {
        this.jury = jury;
        this.candidates = candidates;
        this.audit = audit;
    }

    @Transactional
    public long declare(long centreId, long juryMemberId, String candidateIdText, String nature) {
        JuryMember member = jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
        var validated = JuryLinkRules.validateNature(candidateIdText, nature);
        if (!validated.isValid()) {
            throw new InvalidInputException(validated.violations());
        }
        long candidateId = Long.parseLong(candidateIdText.strip());
        Candidate candidate = candidates.findInCentre(centreId, candidateId)
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of("candidateId", "people.link.candidate.unknown")));
        if (jury.linkExists(juryMemberId, candidateId)) {
            throw new InvalidInputException(FieldViolation.of("candidateId", "people.link.exists"));
        }
        long id = jury.declareLink(juryMemberId, candidateId, validated.value());
        audit.record("jury.link.declared", RuleId.S3, "jury_member", String.valueOf(juryMemberId),
                "Lien déclaré entre le membre de jury « " + member.displayName() + " » et le candidat « "
                        + candidate.displayName() + " » (identifiant " + candidate.identifier() + ") : " + validated.value());
        return id;
    }
}
