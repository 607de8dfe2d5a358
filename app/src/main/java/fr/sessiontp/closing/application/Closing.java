package fr.sessiontp.closing.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.closing.domain.CeresState;
import fr.sessiontp.closing.domain.ClosingPolicy;
import fr.sessiontp.closing.domain.Deadline;
import fr.sessiontp.closing.domain.OutsideValidation;
import fr.sessiontp.closing.domain.TransmissionDeadline;
import fr.sessiontp.closing.persistence.ClosingRepository;
import fr.sessiontp.closing.persistence.ClosingRepository.CeresEntryRow;
import fr.sessiontp.closing.persistence.ClosingRepository.ItemRow;
import fr.sessiontp.closing.persistence.ClosingRepository.TransmissionRow;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.reports.SealedReport;
import fr.sessiontp.reports.SignedReport;
import fr.sessiontp.reports.SignedReports;
import fr.sessiontp.retention.SessionFile;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.SessionAction;
import fr.sessiontp.session.SessionGate;
import fr.sessiontp.session.ValidationPath;
import fr.sessiontp.session.Sessions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing use cases: transmit the signed PVs to the authority (A1, X7), validate them — which releases the results
 * (D9) — or send them back with a reason, and archive the session. Each checks {@link ClosingPolicy}, moves the
 * session through {@link SessionGate} and writes the audit trail in the same transaction. Who may act on
 * which session: the centre's staff ({@link Sessions#sessionManagedBy}) transmit and archive; the authority of the
 * centre's region reviews. Anyone else gets {@link NoSuchElementException} (a 404 on the pages).
 */
@Service
public class Closing {

    private final Sessions sessions;
    private final SessionGate gate;
    private final SignedReports signedReports;
    private final ClosingRepository repository;
    private final TransmissionDeadline deadlines;
    private final SessionFile sessionFile;
    private final AuditTrail audit;
    private final Clock clock;

    Closing(Sessions sessions, SessionGate gate, SignedReports signedReports, ClosingRepository repository,
            TransmissionDeadline deadlines, SessionFile sessionFile, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.gate = gate;
        this.signedReports = signedReports;
        this.repository = repository;
        this.deadlines = deadlines;
        this.sessionFile = sessionFile;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ----

    /** The closing page of a session for its centre's staff. */
    @Transactional(readOnly = true)
    public ClosingView forCentre(CurrentUser user, long sessionId) {
        return view(user, managed(user, sessionId));
    }

    /** The session page of the authority: only a session of its region that has been transmitted at least once. */
    @Transactional(readOnly = true)
    public ClosingView forAuthority(CurrentUser user, long sessionId) {
        return view(user, reviewable(user, sessionId));
    }

    private ClosingView view(CurrentUser user, SessionView session) {
        SessionStatus status = session.summary().status();
        List<SignedReport> reports = signedReports.latestOf(session.id());
        Optional<TransmissionRow> transmission = repository.lastTransmission(session.id());
        Optional<CeresEntryRow> ceresEntry = repository.lastCeresEntry(session.id());
        return new ClosingView(session, deadline(session, transmission.orElse(null)),
                CeresState.progress(status, ceresEntry.isPresent()),
                reports, transmission.orElse(null),
                transmission.map(t -> repository.items(t.id())).orElse(List.of()), repository.decisions(session.id()),
                ClosingPolicy.mayTransmit(status, reports),
                ClosingPolicy.mayValidate(user.is(Role.AUTHORITY), user.region(), session.centre().region(), status),
                ClosingPolicy.mayArchive(status), deadlines.days(), ceresEntry.orElse(null),
                ClosingPolicy.mayRecordCeresEntry(status),
                ClosingPolicy.mayRecordOutsideValidation(user.is(Role.ADMIN), user.is(Role.SESSION_MANAGER),
                        user.personId(), session.manager() == null ? null : session.manager().id(),
                        session.substitute() == null ? null : session.substitute().id(), status));
    }

    /** A1: the session's deadline; a transmission counts only while the session stays transmitted or beyond. */
    public Deadline deadline(SessionView session, TransmissionRow transmission) {
        SessionStatus status = session.summary().status();
        boolean sent = transmission != null && (status == SessionStatus.TRANSMITTED || status == SessionStatus.VALIDATED
                || status == SessionStatus.ARCHIVED);
        return deadlines.of(session.summary().endDate(),
                sent ? LocalDate.ofInstant(transmission.transmittedAt(), TransmissionDeadline.FRANCE) : null);
    }

    /**
     * X7: the centre's copy — the sealed PDF of a PV version of its session, before and after the transmission — or,
     * for the authority, a version it was sent.
     */
    @Transactional(readOnly = true)
    public SealedReport sealedPdf(CurrentUser user, long sessionId, long versionId) {
        if (user.is(Role.AUTHORITY)) {
            reviewable(user, sessionId);
            if (!repository.transmitted(sessionId, versionId)) {
                throw new NoSuchElementException("not transmitted");
            }
        } else {
            managed(user, sessionId);
        }
        return signedReports.sealedPdf(sessionId, versionId).orElseThrow();
    }

    // ---- transmitting ----

    /**
     * A1, X7: the responsable (or the centre's staff) transmits the signed PVs to the authority of the centre's region.
     * Refused unless the session's PVs are signed and every PV, in its latest version, is signed and countersigned.
     * Records who, when, the versions and their sealed SHA-256, and whether it is within the deadline.
     */
    @Transactional
    public long transmit(CurrentUser user, long sessionId) {
        SessionView session = managed(user, sessionId);
        List<SignedReport> reports = signedReports.latestOf(sessionId);
        ClosingPolicy.mayTransmit(session.summary().status(), reports).orThrow();
        gate.require(sessionId, SessionAction.TRANSMIT);
        Instant now = clock.instant();
        Deadline deadline = deadlines.of(session.summary().endDate(), LocalDate.ofInstant(now, TransmissionDeadline.FRANCE));
        String region = session.centre().region();
        long id = repository.insertTransmission(sessionId, region, now, user.userId(), user.displayName(),
                deadline.due(), !deadline.overdue());
        for (SignedReport r : reports) {
            repository.insertItem(id, new ItemRow(r.versionId(), r.kind().name(), r.candidateId(), r.version(),
                    r.contentSha256(), r.sealedSha256()));
        }
        gate.transmitted(sessionId);
        String versions = reports.stream().map(r -> Messages.get("closing.audit.version", label(r), r.version(),
                r.sealedSha256())).collect(Collectors.joining(" ; "));
        audit.record("closing.transmitted", RuleId.A1, "session", String.valueOf(sessionId),
                Messages.get("closing.audit.transmitted", session.summary().number(), region,
                        TransmissionDeadline.formatted(deadline.due()),
                        Messages.get(deadline.overdue() ? "closing.audit.late" : "closing.audit.onTime"), versions));
        return id;
    }

    // ---- the authority's decision ----

    /** D9: the authority of the centre's region validates the transmitted PVs, which releases the results. */
    @Transactional
    public void validate(CurrentUser user, long sessionId) {
        SessionView session = reviewable(user, sessionId);
        ClosingPolicy.mayValidate(user.is(Role.AUTHORITY), user.region(), session.centre().region(),
                session.summary().status()).orThrow();
        TransmissionRow transmission = repository.lastTransmission(sessionId).orElseThrow();
        repository.insertDecision(transmission.id(), sessionId, "VALIDATED", null, clock.instant(), user.userId(),
                user.displayName(), ValidationPath.AUTHORITY_IN_APP.name());
        repository.recordReleasedOutcome(sessionId, clock.instant());
        gate.validated(sessionId, ValidationPath.AUTHORITY_IN_APP, user);
        audit.record("closing.validated", RuleId.D9, "session", String.valueOf(sessionId),
                Messages.get("closing.audit.validated", session.summary().number(), user.displayName()));
    }

    /**
     * D9: the centre (its ADMIN, or the session's responsable) records the authority's validation received outside
     * SessionTP — the notification's date, its reference and the notification as a PDF — which releases the results
     * like the validation in the authority's space. Recorded as a decision of the path {@code RECORDED_BY_CENTRE}
     * (who, when), with the notification and its SHA-256, and audited. A bad field is refused with
     * {@link InputRejectedException} (French message per field); nothing is recorded then.
     */
    @Transactional
    public long recordOutsideValidation(CurrentUser user, long sessionId, OutsideValidation input) {
        SessionView session = managed(user, sessionId);
        ClosingPolicy.mayRecordOutsideValidation(user.is(Role.ADMIN), user.is(Role.SESSION_MANAGER), user.personId(),
                session.manager() == null ? null : session.manager().id(),
                session.substitute() == null ? null : session.substitute().id(), session.summary().status()).orThrow();
        Map<String, String> errors = ClosingPolicy.outsideValidationErrors(input,
                LocalDate.ofInstant(clock.instant(), TransmissionDeadline.FRANCE), session.summary().endDate());
        if (!errors.isEmpty()) {
            Map<String, String> messages = new LinkedHashMap<>();
            errors.forEach((field, key) -> messages.put(field, Messages.get(key,
                    OutsideValidation.MAX_PDF_BYTES / (1024 * 1024), OutsideValidation.MAX_REFERENCE_LENGTH)));
            throw new InputRejectedException(messages);
        }
        TransmissionRow transmission = repository.lastTransmission(sessionId).orElseThrow();
        Instant now = clock.instant();
        String reference = input.reference().strip();
        String sha256 = sha256(input.notificationPdf());
        long decision = repository.insertDecision(transmission.id(), sessionId, "VALIDATED", null, now, user.userId(),
                user.displayName(), ValidationPath.RECORDED_BY_CENTRE.name());
        long id = repository.insertOutsideValidation(decision, sessionId, input.receivedOn(), reference,
                fileName(input.fileName()), input.notificationPdf(), sha256, now, user.userId(), user.displayName());
        repository.recordReleasedOutcome(sessionId, now);
        gate.validated(sessionId, ValidationPath.RECORDED_BY_CENTRE, user);
        audit.record("closing.validatedOutside", RuleId.D9, "session", String.valueOf(sessionId),
                Messages.get("closing.audit.validatedOutside", session.summary().number(), user.displayName(),
                        TransmissionDeadline.formatted(input.receivedOn()), reference, sha256));
        return id;
    }

    /** D9: the notification the centre recorded with a validation received outside SessionTP. */
    @Transactional(readOnly = true)
    public ClosingRepository.NotificationPdf notification(CurrentUser user, long sessionId, long outsideId) {
        managed(user, sessionId);
        return repository.notificationPdf(sessionId, outsideId).orElseThrow();
    }

    private static String fileName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (cleaned.isEmpty()) {
            cleaned = "notification.pdf";
        }
        return cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A1: the authority sends the transmitted PVs back to the centre for a correction, with its reason. */
    @Transactional
    public void sendBack(CurrentUser user, long sessionId, String reason) {
        SessionView session = reviewable(user, sessionId);
        String text = reason == null ? null : reason.strip();
        ClosingPolicy.maySendBack(user.is(Role.AUTHORITY), user.region(), session.centre().region(),
                session.summary().status(), text).orThrow();
        TransmissionRow transmission = repository.lastTransmission(sessionId).orElseThrow();
        repository.insertDecision(transmission.id(), sessionId, "SENT_BACK", text, clock.instant(), user.userId(),
                user.displayName());
        gate.sentBack(sessionId, text);
        audit.record("closing.sentBack", RuleId.A1, "session", String.valueOf(sessionId),
                Messages.get("closing.audit.sentBack", session.summary().number(), user.displayName(), text));
    }

    // ---- archiving ----

    /**
     * X7: the centre archives the session once the authority has validated its PVs; the centre keeps its copy. Every
     * DP must have been returned first (A4): archiving is when the centre destroys what it does not keep (A3).
     */
    @Transactional
    public void archive(CurrentUser user, long sessionId) {
        SessionView session = managed(user, sessionId);
        ClosingPolicy.mayArchive(session.summary().status()).orThrow();
        sessionFile.mayClose(sessionId).orThrow();
        gate.archived(sessionId);
        audit.record("closing.archived", RuleId.X7, "session", String.valueOf(sessionId),
                Messages.get("closing.audit.archived", session.summary().number()));
    }

    // ---- access ----

    private SessionView managed(CurrentUser user, long sessionId) {
        return sessions.sessionManagedBy(user, sessionId).orElseThrow();
    }

    /** The authority's sessions: of its region (as Sessions scopes it), transmitted at least once. */
    private SessionView reviewable(CurrentUser user, long sessionId) {
        if (!user.is(Role.AUTHORITY)) {
            throw new NoSuchElementException("not the authority");
        }
        SessionView session = sessions.sessionVisibleTo(user, sessionId).orElseThrow();
        if (repository.lastTransmission(sessionId).isEmpty()) {
            throw new NoSuchElementException("never transmitted");
        }
        return session;
    }

    private static String label(SignedReport r) {
        return r.candidateName() == null ? Messages.get("closing.report.general")
                : Messages.get("closing.report.individual", r.candidateName());
    }
}
