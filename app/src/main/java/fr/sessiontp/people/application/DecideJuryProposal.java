package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.HabilitationInput;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryProposal;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.DirectoryRepository;
import fr.sessiontp.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority of the member's region decides a centre's proposal (X2): it habilitates the member for the proposed
 * title over the dates it sets, or refuses, saying why. Who decided and when is recorded on the proposal.
 */
@Service
public class DecideJuryProposal {

    private final DirectoryRepository directory;
    private final AddHabilitation addHabilitation;
    private final AuditTrail audit;

    DecideJuryProposal(DirectoryRepository directory, AddHabilitation addHabilitation, AuditTrail audit) {
        this.directory = directory;
        this.addHabilitation = addHabilitation;
        this.audit = audit;
    }

    /** Habilitates the proposed member for the proposed title from {@code validFrom} to {@code validUntil}. */
    @Transactional
    public long accept(CurrentUser actor, long proposalId, String validFrom, String validUntil) {
        JuryProposal proposal = pending(actor, proposalId);
        long habilitation = addHabilitation.add(actor, proposal.juryMemberId(),
                new HabilitationInput(String.valueOf(proposal.titleId()), validFrom, validUntil));
        decide(proposal, "ACCEPTED", actor, null);
        return habilitation;
    }

    @Transactional
    public void refuse(CurrentUser actor, long proposalId, String reason) {
        JuryProposal proposal = pending(actor, proposalId);
        Violations violations = new Violations();
        String note = Fields.required(violations, "reason", reason, 500);
        violations.orThrow();
        decide(proposal, "REFUSED", actor, note);
    }

    private JuryProposal pending(CurrentUser actor, long proposalId) {
        JuryProposal proposal = directory.proposal(proposalId)
                .orElseThrow(() -> new UnknownRecordException("jury proposal", proposalId));
        JuryDirectoryPolicy.canDecide(actor, proposal.region()).orThrow();
        if (!proposal.isPending()) {
            throw new InvalidInputException(FieldViolation.of("global", "people.proposal.alreadyDecided"));
        }
        return proposal;
    }

    private void decide(JuryProposal proposal, String decision, CurrentUser actor, String note) {
        if (!directory.decide(proposal.id(), decision, actor.username(), note)) {
            throw new InvalidInputException(FieldViolation.of("global", "people.proposal.alreadyDecided"));
        }
        audit.record("jury.proposal." + decision.toLowerCase(), RuleId.X2, "jury_member",
                String.valueOf(proposal.juryMemberId()),
                "Proposition n° " + proposal.id() + " du centre « " + proposal.centreName() + " » ("
                        + proposal.memberName() + ", " + proposal.titleLabel() + ") "
                        + (decision.equals("ACCEPTED") ? "acceptée : membre habilité" : "refusée : " + note)
                        + " par l'autorité de la région " + proposal.region() + ".");
    }
}
