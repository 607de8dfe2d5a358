package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.people.domain.JuryMemberDraft;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.domain.JuryMemberRules;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.persistence.JuryRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority of a region registers a jury member of its region (a professional of the trade, X2), known by their
 * e-mail; a centre proposes one instead ({@link ProposeJuryMember}).
 */
@Service
public class CreateJuryMember {

    private final JuryRepository jury;
    private final AuditTrail audit;

    CreateJuryMember(JuryRepository jury, AuditTrail audit) {
        this.jury = jury;
        this.audit = audit;
    }

    @Transactional
    public long create(CurrentUser actor, JuryMemberInput input) {
        JuryMemberDraft draft = validate(jury, input, null);
        JuryDirectoryPolicy.canDecide(actor, draft.region()).orThrow();
        long id;
        try {
            id = jury.insert(draft);
        } catch (DuplicateKeyException e) {
            // saved by someone else between the check and now
            throw new InvalidInputException(FieldViolation.of("email", "people.jury.email.taken"));
        }
        audit.record("jury.member.created", RuleId.X2, "jury_member", String.valueOf(id),
                "Membre de jury « " + draft.displayName() + " » (" + draft.email() + ", métier : " + draft.profession()
                        + ", région : " + draft.region() + ") enregistré.");
        return id;
    }

    static JuryMemberDraft validate(JuryRepository jury, JuryMemberInput input, Long exceptId) {
        var validated = JuryMemberRules.validate(input);
        List<FieldViolation> all = new ArrayList<>(validated.violations());
        if (validated.isValid() && jury.emailTaken(validated.value().email(), exceptId)) {
            all.add(FieldViolation.of("email", "people.jury.email.taken"));
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return validated.value();
    }
}
