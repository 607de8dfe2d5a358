package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.domain.Unavailability;
import fr.sessiontp.people.domain.UnavailabilityPolicy;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.DirectoryRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A jury member (or a centre's staff for them) enters or withdraws a day they cannot attend; planning reads them. */
@Service
public class RecordUnavailability {

    private final JuryRepository jury;
    private final DirectoryRepository directory;
    private final AuditTrail audit;
    private final Clock clock;

    RecordUnavailability(JuryRepository jury, DirectoryRepository directory, AuditTrail audit, Clock clock) {
        this.jury = jury;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long add(CurrentUser actor, long juryMemberId, String dayText) {
        JuryMember member = member(juryMemberId);
        UnavailabilityPolicy.canEnter(actor, juryMemberId).orThrow();
        Violations violations = new Violations();
        LocalDate day = Fields.date(violations, "day", dayText, true);
        if (day != null) {
            violations.add("day", UnavailabilityPolicy.isAhead(day, LocalDate.now(clock)));
            if (!violations.has("day") && directory.isUnavailable(juryMemberId, day)) {
                violations.add(FieldViolation.of("day", "people.unavailability.already"));
            }
        }
        violations.orThrow();
        Long centre = actor.centreId();
        long id = directory.addUnavailability(juryMemberId, day, actor.username(), centre);
        audit.record("jury.unavailability.added", RuleId.P1, "jury_member", String.valueOf(juryMemberId),
                "« " + member.displayName() + " » indisponible le " + Fields.frenchDate(day) + " (saisi par "
                        + actor.username() + ").");
        return id;
    }

    @Transactional
    public void remove(CurrentUser actor, long juryMemberId, long unavailabilityId) {
        JuryMember member = member(juryMemberId);
        Unavailability day = directory.unavailability(juryMemberId, unavailabilityId)
                .orElseThrow(() -> new UnknownRecordException("unavailability", unavailabilityId));
        UnavailabilityPolicy.canRemove(actor, day).orThrow();
        directory.removeUnavailability(unavailabilityId);
        audit.record("jury.unavailability.removed", RuleId.P1, "jury_member", String.valueOf(juryMemberId),
                "« " + member.displayName() + " » de nouveau disponible le " + day.dayText() + " (retiré par "
                        + actor.username() + ").");
    }

    private JuryMember member(long juryMemberId) {
        return jury.find(juryMemberId).orElseThrow(() -> new UnknownRecordException("jury member", juryMemberId));
    }
}
