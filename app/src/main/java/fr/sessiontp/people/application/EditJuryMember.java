package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryMemberDraft;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.persistence.JuryRepository;
import org.springframework.dao.DuplicateKeyException;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The authority of the member's region corrects a jury member's details (X2). */
@Service
public class EditJuryMember {

    private final JuryRepository jury;
    private final AuditTrail audit;

    EditJuryMember(JuryRepository jury, AuditTrail audit) {
        this.jury = jury;
        this.audit = audit;
    }

    @Transactional
    public void edit(CurrentUser actor, long juryMemberId, JuryMemberInput input) {
        var member = jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
        JuryDirectoryPolicy.canDecide(actor, member.region()).orThrow();
        JuryMemberDraft draft = CreateJuryMember.validate(jury, input, juryMemberId);
        // the authority keeps its members: it does not move one to another region
        JuryDirectoryPolicy.canDecide(actor, draft.region()).orThrow();
        try {
            jury.update(juryMemberId, draft);
        } catch (DuplicateKeyException e) {
            // saved by someone else between the check and now
            throw new InvalidInputException(FieldViolation.of("email", "people.jury.email.taken"));
        }
        audit.record("jury.member.updated", RuleId.X2, "jury_member", String.valueOf(juryMemberId),
                "Fiche du membre de jury « " + draft.displayName() + " » modifiée (" + draft.email() + ", métier : "
                        + draft.profession() + ", région : " + draft.region() + ").");
    }
}
