package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.HabilitationEntry;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.people.persistence.JuryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes a habilitation recorded by mistake or withdrawn. */
@Service
public class RemoveHabilitation {

    private final JuryRepository jury;
    private final AuditTrail audit;

    RemoveHabilitation(JuryRepository jury, AuditTrail audit) {
        this.jury = jury;
        this.audit = audit;
    }

    @Transactional
    public void remove(CurrentUser actor, long juryMemberId, long habilitationId) {
        JuryMember member = jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
        JuryDirectoryPolicy.canDecide(actor, member.region()).orThrow();
        HabilitationEntry entry = jury.habilitation(juryMemberId, habilitationId)
                .orElseThrow(() -> new UnknownRecordException("habilitation", habilitationId));
        jury.removeHabilitation(habilitationId);
        audit.record("jury.habilitation.removed", RuleId.X2, "jury_member", String.valueOf(juryMemberId),
                "Habilitation de « " + member.displayName() + " » pour le titre " + entry.titleCode() + " (du "
                        + entry.validFromText() + " au " + entry.validUntilText() + ") retirée par l'autorité de la région " + member.region() + ".");
    }
}
