package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.DeclaredLink;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.persistence.CandidateRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Withdraws a link declared by mistake; only the centre of the candidate can. */
@Service
public class RemoveJuryLink {

    private final JuryRepository jury;
    private final CandidateRepository candidates;
    private final AuditTrail audit;

    RemoveJuryLink(JuryRepository jury, CandidateRepository candidates, AuditTrail audit) {
        this.jury = jury;
        this.candidates = candidates;
        this.audit = audit;
    }

    @Transactional
    public void remove(long centreId, long juryMemberId, long linkId) {
        JuryMember member = jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
        DeclaredLink link = jury.link(juryMemberId, linkId)
                .filter(l -> candidates.findInCentre(centreId, l.candidateId()).isPresent())
                .orElseThrow(() -> new UnknownRecordException("jury link", linkId));
        jury.removeLink(linkId);
        audit.record("jury.link.removed", RuleId.S3, "jury_member", String.valueOf(juryMemberId),
                "Lien retiré entre le membre de jury « " + member.displayName() + " » et le candidat « "
                        + link.candidateName() + " » (identifiant " + link.candidateIdentifier() + ").");
    }
}
