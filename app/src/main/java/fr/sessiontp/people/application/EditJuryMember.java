package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.JuryMemberDraft;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.persistence.JuryRepository;
import org.springframework.dao.DuplicateKeyException;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrects a jury member's details. */
@Service
public class EditJuryMember {

    private final JuryRepository jury;
    private final AuditTrail audit;

    EditJuryMember(JuryRepository jury, AuditTrail audit) {
        this.jury = jury;
        this.audit = audit;
    }

    @Transactional
    public void edit(long juryMemberId, JuryMemberInput input) {
        jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
        JuryMemberDraft draft = CreateJuryMember.validate(jury, input, juryMemberId);
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
