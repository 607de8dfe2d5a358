package fr.sessiontp.retention.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.domain.RetentionPolicy;
import fr.sessiontp.retention.persistence.RetentionRepository;
import fr.sessiontp.retention.persistence.RetentionRepository.StatedDestruction;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A3: the centre's staff records each destruction it made — what (the kind of document, the candidate whose productions
 * they were, a description), when (the day), how (the method) — under their own name. Checked by
 * {@link RetentionPolicy#mayRecordDestruction}; the form's fields get one French message each.
 */
@Service
public class RecordDestruction {

    static final int MAX_METHOD = 200;
    static final int MAX_DESCRIPTION = 500;
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The PVs are signed (the general PV countersigned) in these states and every later one. */
    private static final Set<SessionStatus> SIGNED = EnumSet.of(SessionStatus.REPORTS_SIGNED, SessionStatus.TRANSMITTED,
            SessionStatus.VALIDATED, SessionStatus.ARCHIVED);

    /** What the form sends. {@code destroyedOn} is null when not given or not a date. */
    public record Form(DocumentKind kind, Long candidateId, LocalDate destroyedOn, String method, String description) {
    }

    private final Sessions sessions;
    private final RetentionRepository repository;
    private final RetentionPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    RecordDestruction(Sessions sessions, RetentionRepository repository, RetentionPolicy policy, AuditTrail audit,
                      Clock clock) {
        this.sessions = sessions;
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void record(CurrentUser user, long sessionId, Form form) {
        SessionView session = sessions.sessionManagedBy(user, sessionId).orElseThrow(NoSuchElementException::new);
        if (form.kind() == null) {
            throw new InputRejectedException("kind", Messages.get("retention.error.destructionKindRequired"));
        }
        boolean recorded = repository.destructions(sessionId).stream().anyMatch(d -> d.kind() == form.kind()
                && java.util.Objects.equals(d.candidateId(), form.candidateId()));
        policy.mayRecordDestruction(form.kind(), SIGNED.contains(session.summary().status()), recorded).orThrow();

        Map<String, String> errors = new LinkedHashMap<>();
        Optional<CandidateSummary> candidate = candidate(session, form, errors);
        LocalDate today = LocalDate.now(clock.withZone(FRANCE));
        if (form.destroyedOn() == null) {
            errors.put("destroyedOn", Messages.get("retention.error.destroyedOnRequired"));
        } else if (form.destroyedOn().isAfter(today)) {
            errors.put("destroyedOn", Messages.get("retention.error.destroyedOnFuture"));
        } else if (form.destroyedOn().isBefore(session.summary().endDate())) {
            errors.put("destroyedOn", Messages.get("retention.error.destroyedOnBeforeEnd",
                    FRENCH_DATE.format(session.summary().endDate())));
        }
        String method = text(form.method(), "method", MAX_METHOD, errors);
        String description = text(form.description(), "description", MAX_DESCRIPTION, errors);
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        repository.recordStatedDestruction(sessionId, new StatedDestruction(form.kind(), form.candidateId(),
                form.destroyedOn(), method, description, user.username(), user.displayName()));
        audit.record("retention.destroyed", RuleId.A3, "session", String.valueOf(sessionId),
                Messages.get("retention.audit.destroyed", Messages.get("retention.kind." + form.kind()),
                        candidate.map(CandidateSummary::displayName).orElse("—"), session.summary().number(),
                        FRENCH_DATE.format(form.destroyedOn()), method, description, user.displayName()));
    }

    /** The candidate whose productions were destroyed: required for productions, refused for anything else. */
    private static Optional<CandidateSummary> candidate(SessionView session, Form form, Map<String, String> errors) {
        if (form.kind() != DocumentKind.CANDIDATE_PRODUCTION) {
            if (form.candidateId() != null) {
                errors.put("candidateId", Messages.get("retention.error.destructionWholeSession"));
            }
            return Optional.empty();
        }
        if (form.candidateId() == null) {
            errors.put("candidateId", Messages.get("retention.error.productionCandidateRequired"));
            return Optional.empty();
        }
        Optional<CandidateSummary> found = session.candidates().stream()
                .filter(c -> c.id() == form.candidateId()).findFirst();
        if (found.isEmpty()) {
            errors.put("candidateId", Messages.get("retention.error.candidateUnknown"));
        }
        return found;
    }

    private static String text(String value, String field, int max, Map<String, String> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.put(field, Messages.get("retention.error." + field + "Required"));
        } else if (v.length() > max) {
            errors.put(field, Messages.get("retention.error." + field + "TooLong", max));
        }
        return v;
    }
}
