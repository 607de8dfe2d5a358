package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.HabilitationDraft;
import fr.sessiontp.people.domain.HabilitationInput;
import fr.sessiontp.people.domain.HabilitationRules;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.people.domain.TitleRef;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.people.persistence.TitleLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The authority of the member's region grants a habilitation for a title over a period (X2). */
@Service
public class AddHabilitation {

    private final JuryRepository jury;
    private final TitleLookup titles;
    private final AuditTrail audit;

    AddHabilitation(JuryRepository jury, TitleLookup titles, AuditTrail audit) {
        this.jury = jury;
        this.titles = titles;
        this.audit = audit;
    }

    @Transactional
    public long add(CurrentUser actor, long juryMemberId, HabilitationInput input) {
        JuryMember member = jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
        JuryDirectoryPolicy.canDecide(actor, member.region()).orThrow();
        var validated = HabilitationRules.validate(input);
        List<FieldViolation> all = new ArrayList<>(validated.violations());
        Violations titleViolations = new Violations();
        Long titleId = Fields.id(titleViolations, "titleId", input.titleId());
        Optional<TitleRef> title = titleId == null ? Optional.empty() : titles.find(titleId);
        if (titleId != null && title.isEmpty()) {
            all.add(FieldViolation.of("titleId", "people.habilitation.title.unknown"));
        }
        if (all.isEmpty() && jury.habilitationOverlaps(juryMemberId, validated.value())) {
            all.add(FieldViolation.of("validFrom", "people.habilitation.overlap"));
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        HabilitationDraft draft = validated.value();
        long id = jury.addHabilitation(juryMemberId, draft, actor.username());
        audit.record("jury.habilitation.added", RuleId.X2, "jury_member", String.valueOf(juryMemberId),
                "Habilitation de « " + member.displayName() + " » pour le titre " + title.get().label() + " du "
                        + Fields.frenchDate(draft.validFrom()) + " au " + Fields.frenchDate(draft.validUntil())
                        + ", accordée par l'autorité de la région " + member.region() + ".");
        return id;
    }
}
