package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.HabilitationDraft;
import fr.sessiontp.people.domain.HabilitationEntry;
import fr.sessiontp.people.domain.HabilitationInput;
import fr.sessiontp.people.domain.HabilitationRules;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The authority of the member's region changes a habilitation's validity dates (X2). */
@Service
public class ChangeHabilitation {

    private final JuryRepository jury;
    private final AuditTrail audit;

    ChangeHabilitation(JuryRepository jury, AuditTrail audit) {
        this.jury = jury;
        this.audit = audit;
    }

    @Transactional
    public void change(CurrentUser actor, long juryMemberId, long habilitationId, String validFrom, String validUntil) {
        JuryMember member = jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
        JuryDirectoryPolicy.canDecide(actor, member.region()).orThrow();
        HabilitationEntry entry = jury.habilitation(juryMemberId, habilitationId)
                .orElseThrow(() -> new UnknownRecordException("habilitation", habilitationId));
        var validated = HabilitationRules.validate(new HabilitationInput(String.valueOf(entry.titleId()), validFrom, validUntil));
        List<FieldViolation> all = new ArrayList<>(validated.violations());
        if (all.isEmpty() && jury.habilitationOverlaps(juryMemberId, validated.value(), habilitationId)) {
            all.add(FieldViolation.of("validFrom", "people.habilitation.overlap"));
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        HabilitationDraft draft = validated.value();
        jury.changeHabilitation(habilitationId, draft.validFrom(), draft.validUntil(), actor.username());
        audit.record("jury.habilitation.changed", RuleId.X2, "jury_member", String.valueOf(juryMemberId),
                "Habilitation de « " + member.displayName() + " » pour le titre " + entry.titleCode() + " : du "
                        + entry.validFromText() + " au " + entry.validUntilText() + " devient du "
                        + Fields.frenchDate(draft.validFrom()) + " au " + Fields.frenchDate(draft.validUntil())
                        + " (autorité de la région " + member.region() + ").");
    }
}
