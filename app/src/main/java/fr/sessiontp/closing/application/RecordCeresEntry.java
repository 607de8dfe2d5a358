package fr.sessiontp.closing.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.closing.domain.ClosingPolicy;
import fr.sessiontp.closing.domain.TransmissionDeadline;
import fr.sessiontp.closing.persistence.ClosingRepository;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A1, X7: the centre's staff records that the session's results were entered in CERES — the day, the CERES reference —
 * under their own name. Allowed once the PVs are signed ({@link ClosingPolicy#mayRecordCeresEntry}); the CERES-like
 * state "Résultats saisis" is reached by this record, never by the session's status.
 */
@Service
public class RecordCeresEntry {

    static final int MAX_REFERENCE = 50;

    private final Sessions sessions;
    private final ClosingRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    RecordCeresEntry(Sessions sessions, ClosingRepository repository, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param enteredOn the day the results were entered in CERES, {@code null} when not given (or not a date)
     * @param reference the CERES reference of the entry
     */
    @Transactional
    public long record(CurrentUser user, long sessionId, LocalDate enteredOn, String reference) {
        SessionView session = sessions.sessionManagedBy(user, sessionId).orElseThrow();
        ClosingPolicy.mayRecordCeresEntry(session.summary().status()).orThrow();
        String ref = reference == null ? "" : reference.strip();
        LocalDate today = LocalDate.now(clock.withZone(TransmissionDeadline.FRANCE));
        Map<String, String> errors = new LinkedHashMap<>();
        if (enteredOn == null) {
            errors.put("enteredOn", Messages.get("closing.error.ceresDateRequired"));
        } else if (enteredOn.isAfter(today)) {
            errors.put("enteredOn", Messages.get("closing.error.ceresDateFuture"));
        } else if (enteredOn.isBefore(session.summary().endDate())) {
            errors.put("enteredOn", Messages.get("closing.error.ceresDateBeforeEnd",
                    TransmissionDeadline.formatted(session.summary().endDate())));
        }
        if (ref.isEmpty()) {
            errors.put("reference", Messages.get("closing.error.ceresReferenceRequired"));
        } else if (ref.length() > MAX_REFERENCE) {
            errors.put("reference", Messages.get("closing.error.ceresReferenceTooLong", MAX_REFERENCE));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        long id = repository.insertCeresEntry(sessionId, enteredOn, ref, clock.instant(), user.userId(),
                user.displayName());
        audit.record("closing.ceresEntered", RuleId.A1, "session", String.valueOf(sessionId),
                Messages.get("closing.audit.ceresEntered", session.summary().number(),
                        TransmissionDeadline.formatted(enteredOn), user.displayName(), ref));
        return id;
    }
}
