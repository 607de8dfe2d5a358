package fr.sessiontp.reports.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.centre.Accreditation;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.Conduct;
import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import fr.sessiontp.documents.DocumentSealer;
import fr.sessiontp.documents.SealRequest;
import fr.sessiontp.documents.SealedDocument;
import fr.sessiontp.evaluation.CandidateOutcome;
import fr.sessiontp.evaluation.Evaluations;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.centre.AccreditationNamePolicy;
import fr.sessiontp.reports.domain.ReportContentPolicy;
import fr.sessiontp.reports.domain.SecrecyPolicy;
import fr.sessiontp.reports.domain.SignaturePolicy;
import fr.sessiontp.reports.persistence.ReportRepository;
import fr.sessiontp.reports.persistence.ReportRepository.LineRow;
import fr.sessiontp.reports.persistence.ReportRepository.SignatureRow;
import fr.sessiontp.reports.persistence.ReportRepository.VersionRow;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.SessionAction;
import fr.sessiontp.session.SessionFact;
import fr.sessiontp.session.SessionGate;
import fr.sessiontp.session.Sessions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PV use cases: prepare a version (a frozen copy of the decided outcomes), show it to who may see it (D1), sign it
 * (D6, D7), countersign it (D8, S7), and produce its HTML and PDF/A (D10), sealed at each signature with the centre's
 * PAdES seal.
 */
@Service
public class Reports {

    public static final String INDIVIDUAL_TEMPLATE = "reports/documents/individual";
    public static final String GENERAL_TEMPLATE = "reports/documents/general";

    private final Sessions sessions;
    private final SessionGate gate;
    private final Evaluations evaluations;
    private final Conduct conduct;
    private final Referential referential;
    private final Centres centres;
    private final ReportRepository repository;
    private final DocumentRenderer renderer;
    private final DocumentSealer sealer;
    private final AuditTrail audit;
    private final Clock clock;
    private final String dreetsEmail;

    Reports(Sessions sessions, SessionGate gate, Evaluations evaluations, Conduct conduct, Referential referential,
            Centres centres,
            ReportRepository repository, DocumentRenderer renderer, DocumentSealer sealer, AuditTrail audit, Clock clock,
            @Value("${sessiontp.reports.dreets-email:}") String dreetsEmail) {
        this.sessions = sessions;
        this.gate = gate;
        this.evaluations = evaluations;
        this.conduct = conduct;
        this.referential = referential;
        this.centres = centres;
        this.repository = repository;
        this.renderer = renderer;
        this.sealer = sealer;
        this.audit = audit;
        this.clock = clock;
        this.dreetsEmail = dreetsEmail;
    }

    // ---- listing ----

    /** One PV of a session as the list shows it: its latest version, if any. */
    public record ReportEntry(ReportKind kind, CandidateSummary candidate, Integer pairPosition, ReportView latest) {
    }

    /** The session's PVs for its jury (every one) or its staff (those the jury has signed, D1). */
    public List<ReportEntry> reportsOf(CurrentUser user, long sessionId) {
        SessionView session = sessionFor(user, sessionId);
        List<ReportEntry> entries = new ArrayList<>();
        for (SessionView.Enrolment e : session.enrolments()) {
            ReportView view = repository.latest(sessionId, ReportKind.INDIVIDUAL, e.candidate().id())
                    .map(v -> view(user, session, v)).orElse(null);
            entries.add(new ReportEntry(ReportKind.INDIVIDUAL, e.candidate(), e.juryPairPosition(), visible(user, view)));
        }
        ReportView general = repository.latest(sessionId, ReportKind.GENERAL, null).map(v -> view(user, session, v))
                .orElse(null);
        entries.add(new ReportEntry(ReportKind.GENERAL, null, null, visible(user, general)));
        return entries;
    }

    private static ReportView visible(CurrentUser user, ReportView view) {
        return view == null || user.is(Role.JURY) || SecrecyPolicy.mayLeaveTheJury(view.juryComplete()).isAllowed()
                ? view : null;
    }

    /** The session if the user is in its jury or staff of its centre; NoSuchElementException otherwise. */
    public SessionView sessionFor(CurrentUser user, long sessionId) {
        SessionView session = sessions.session(sessionId).orElseThrow();
        boolean jury = user.is(Role.JURY) && juryOf(session).contains(user.personId());
        boolean staff = (user.is(Role.ADMIN) || user.is(Role.SESSION_MANAGER))
                && user.centre().filter(c -> c == session.centre().id()).isPresent();
        if (!jury && !staff) {
            throw new NoSuchElementException("not this session's jury or staff");
        }
        return session;
    }

    // ---- prepare a version ----

    /** Freezes the decided outcomes in a new version of a PV; a later version supersedes the earlier one. */
    @Transactional
    public long prepare(CurrentUser user, long sessionId, ReportKind kind, Long candidateId) {
        SessionView session = sessions.session(sessionId).orElseThrow();
        if (!user.is(Role.JURY) || !juryOf(session).contains(user.personId())) {
            throw new NoSuchElementException("not this session's jury");
        }
        List<SessionView.Enrolment> enrolments;
        List<SessionView.JuryPair> pairs;
        if (kind == ReportKind.INDIVIDUAL) {
            SessionView.Enrolment e = session.enrolments().stream().filter(x -> candidateId != null
                    && x.candidate().id() == candidateId).findFirst().orElseThrow();
            SessionView.JuryPair pair = e.juryPairId() == null ? null : session.juryPair(e.juryPairId()).orElse(null);
            List<Long> members = pair == null ? List.of() : pair.members().stream().map(JuryMemberSummary::id).toList();
            SignaturePolicy.juryMaySign(kind, user.personId(), members, List.of(), true, false).orThrow();
            enrolments = List.of(e);
            pairs = pair == null ? List.of() : List.of(pair);
        } else {
            enrolments = session.enrolments();
            pairs = session.juryPairs();
        }
        List<LineRow> lines = new ArrayList<>();
        long undecided = 0;
        int position = 1;
        for (SessionView.Enrolment e : enrolments) {
            Optional<CandidateOutcome> outcome = evaluations.outcome(sessionId, e.candidate().id());
            if (outcome.isEmpty()) {
                undecided++;
                continue;
            }
            CandidateSummary c = e.candidate();
            CandidateOutcome o = outcome.get();
            lines.add(new LineRow(position++, c.id(), c.identifier(), c.birthName(),
                    c.usageName() == null ? "" : c.usageName(), c.firstNames(), c.accessRoute().name(),
                    e.juryPairPosition(), o.outcome().name(), o.awardedCodes(), o.observations(), o.recommendations(),
                    o.absenceNote(), incidents(sessionId, c.id())));
        }
        ReportContentPolicy.outcomesDecided(undecided).orThrow();
        Optional<VersionRow> previous = repository.latest(sessionId, kind, kind == ReportKind.INDIVIDUAL ? candidateId : null);
        SessionManagerSummary manager = session.manager();
        String jury = pairs.stream().map(p -> Messages.get("reports.pv.pairLine", p.position(),
                        p.memberA().displayName(), p.memberB().displayName()))
                .collect(Collectors.joining(" ; "));
        Instant now = clock.instant();
        VersionRow draft = new VersionRow(0, sessionId, kind, kind == ReportKind.INDIVIDUAL ? candidateId : null,
                previous.map(v -> v.version() + 1).orElse(1), previous.map(VersionRow::id).orElse(null),
                session.summary().number(), session.summary().type().name(), session.title().id(), session.title().code(),
                session.title().name(), session.centre().id(), session.centre().name(), session.centre().fullAddress(),
                session.centre().city(), session.summary().startDate(), session.summary().endDate(), jury,
                manager == null ? "" : manager.lastName(), manager == null ? "" : manager.firstName(), "", now,
                user.username());
        String sha = sha256(canonical(draft, lines));
        VersionRow version = withSha(draft, sha);
        long id = repository.insertVersion(version);
        lines.forEach(l -> repository.insertLine(id, l));
        audit.record("reports.versionPrepared", RuleId.D10, "report", String.valueOf(id),
                (kind == ReportKind.INDIVIDUAL ? "PV individuel" : "PV général") + " version " + version.version()
                        + " préparé, session " + session.summary().number()
                        + previous.map(p -> ", remplace la version " + p.version() + " (n° " + p.id() + ")").orElse("")
                        + ", contenu SHA-256 " + sha);
        return id;
    }

    /** X5: each incident or fraud written up for the candidate on the exam day, with its witnesses, as printed. */
    private List<String> incidents(long sessionId, long candidateId) {
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Paris"));
        return conduct.incidentsOf(sessionId, candidateId).stream()
                .map(i -> Messages.get("reports.pv.incident", Messages.get("reports.pv.incidentKind." + i.kind()),
                        i.occurredAt() == null ? "?" : when.format(i.occurredAt()), i.description(), i.witnesses(),
                        i.recordedBy()))
                .toList();
    }

    // ---- viewing ----

    public ReportView view(CurrentUser user, long versionId) {
        VersionRow version = repository.version(versionId).orElseThrow();
        SessionView session = sessionFor(user, version.sessionId());
        ReportView view = view(user, session, version);
        if (visible(user, view) == null) {
            throw new NoSuchElementException("not signed by the jury yet (D1)");
        }
        return view;
    }

    private ReportView view(CurrentUser user, SessionView session, VersionRow version) {
        List<SignatureRow> signatures = repository.signatures(version.id());
        Map<Long, SignatureRow> byJury = signatures.stream().filter(s -> s.signerKind().equals("JURY"))
                .collect(Collectors.toMap(SignatureRow::personId, s -> s));
        List<ReportView.Signer> required = new ArrayList<>();
        for (SessionView.JuryPair p : requiredPairs(session, version)) {
            for (JuryMemberSummary m : p.members()) {
                required.add(new ReportView.Signer(m.id(), m.displayName(), p.position(), byJury.get(m.id())));
            }
        }
        Long latestId = repository.latest(version.sessionId(), version.kind(), version.candidateId())
                .map(VersionRow::id).orElse(version.id());
        boolean latest = latestId == version.id();
        boolean countersigned = signatures.stream().anyMatch(s -> s.signerKind().equals("MANAGER"));
        List<Long> requiredIds = required.stream().map(ReportView.Signer::juryMemberId).toList();
        boolean mayJurySign = user.is(Role.JURY) && SignaturePolicy.juryMaySign(version.kind(), user.personId(),
                requiredIds, byJury.keySet(), latest, countersigned).isAllowed();
        boolean mayCountersign = user.is(Role.SESSION_MANAGER) && SignaturePolicy.managerMayCountersign(user.personId(),
                managersOf(session), requiredIds, byJury.keySet(), latest, countersigned).isAllowed();
        Decision name = Decision.allowed();
        String mailto = null;
        String body = null;
        if (user.is(Role.SESSION_MANAGER)) {
            SessionManagerSummary signer = managerSummary(session, user.personId());
            Optional<Accreditation> accreditation = centres.accreditationCovering(session.centre().id(),
                    session.title().id(), session.summary().startDate(), session.summary().endDate());
            if (signer != null) {
                name = AccreditationNamePolicy.check(signer.lastName(), signer.firstName(),
                        accreditation.map(Accreditation::managerLastName).orElse(null),
                        accreditation.map(Accreditation::managerFirstName).orElse(null));
                if (name.isRefused()) {
                    String subject = Messages.get("reports.dreets.subject", session.summary().number(),
                            session.centre().name());
                    body = Messages.get("reports.dreets.body", session.summary().number(), session.title().displayName(),
                            session.centre().name(), signer.displayName(),
                            accreditation.map(Accreditation::managerName).orElse("?"),
                            accreditation.map(Accreditation::number).orElse("?"));
                    mailto = "mailto:" + dreetsEmail + "?subject=" + encode(subject) + "&body=" + encode(body);
                }
            }
        }
        return new ReportView(version, repository.lines(version.id()), signatures, required, latest, latestId,
                mayJurySign, mayCountersign, name, mailto, body);
    }

    // ---- signing ----

    /**
     * The general PV countersigned: the session moves to "reports signed" when its lifecycle allows it from its
     * current status; otherwise it stays where it is (the signature stands).
     */
    private void reportsSigned(SessionView session) {
        SessionStatus current = sessions.session(session.id()).orElseThrow().summary().status();
        if (sessions.nextStatuses(current).contains(SessionStatus.REPORTS_SIGNED)) {
            gate.reportsSigned(session.id());
        }
    }

    /**
     * The logged-in jury member signs (D6/D7), or the responsable countersigns (D8), after re-confirming the content
     * SHA-256 they were shown. The PV is rendered with its signature block and stamp, sealed with the centre's seal,
     * and stored; the audit trail records who, when and both SHA-256.
     */
    @Transactional
    public SignatureRow sign(CurrentUser user, long versionId, boolean ticked, String shownSha256) {
        VersionRow version = repository.version(versionId).orElseThrow();
        SessionView session = sessionFor(user, version.sessionId());
        repository.lock(versionId);
        ReportView view = view(user, session, version);
        List<Long> requiredIds = view.requiredJury().stream().map(ReportView.Signer::juryMemberId).toList();
        Set<Long> signedJury = view.requiredJury().stream().filter(ReportView.Signer::signed)
                .map(ReportView.Signer::juryMemberId).collect(Collectors.toSet());
        boolean countersigned = view.countersignature() != null;
        String kindOfSigner;
        String signerName;
        RuleId rule;
        if (user.is(Role.JURY)) {
            rule = SignaturePolicy.juryRule(version.kind());
            SignaturePolicy.juryMaySign(version.kind(), user.personId(), requiredIds, signedJury, view.latest(),
                    countersigned).orThrow();
            gate.require(session.id(), SessionAction.SIGN_PV);
            kindOfSigner = "JURY";
            signerName = view.requiredJury().stream().filter(s -> s.juryMemberId() == user.personId()).findFirst()
                    .orElseThrow().name();
        } else if (user.is(Role.SESSION_MANAGER)) {
            rule = RuleId.D8;
            SignaturePolicy.managerMayCountersign(user.personId(), managersOf(session), requiredIds, signedJury,
                    view.latest(), countersigned).orThrow();
            gate.require(session.id(), SessionAction.COUNTERSIGN_PV);
            kindOfSigner = "MANAGER";
            signerName = managerSummary(session, user.personId()).displayName();
        } else {
            throw new NoSuchElementException("no signature for this role");
        }
        SignaturePolicy.confirmed(rule, ticked, shownSha256 == null ? "" : shownSha256.strip(), version.contentSha256())
                .orThrow();
        Instant now = clock.instant();
        int seq = view.signatures().size() + 1;
        List<SignatureRow> after = new ArrayList<>(view.signatures());
        after.add(new SignatureRow(0, versionId, seq, kindOfSigner, user.personId(), user.userId(), signerName, now,
                version.contentSha256(), "", null));
        byte[] pdf = renderer.renderPdf(template(version), model(version, view.lines(), after, view.requiredJury()),
                meta(version, now));
        SealedDocument sealed = sealer.seal(pdf, new SealRequest(version.centreId(), version.centreName(),
                Messages.get("reports.seal.reason", kindLabel(version)), version.centreCity(), true));
        String notice = kindOfSigner.equals("MANAGER") && view.accreditationName().isRefused() ? view.dreetsBody() : null;
        repository.insertSignature(versionId, seq, kindOfSigner, user.personId(), user.userId(), signerName, now,
                version.contentSha256(), sealed.pdf(), sealed.sha256(), notice);
        audit.record(kindOfSigner.equals("JURY") ? "reports.signed" : "reports.countersigned", rule, "report",
                String.valueOf(versionId), signerName + " a signé le " + kindLabel(version) + " version "
                        + version.version() + " de la session " + version.sessionNumber() + " ; contenu SHA-256 "
                        + version.contentSha256() + " ; PDF scellé SHA-256 " + sealed.sha256());
        if (kindOfSigner.equals("MANAGER") && version.kind() == ReportKind.GENERAL) {
            gate.record(session.id(), SessionFact.GENERAL_PV_COUNTERSIGNED, user.personId());
            reportsSigned(session);
        }
        if (notice != null) {
            audit.record("reports.dreetsNoticePrepared", RuleId.S7, "report", String.valueOf(versionId),
                    "Nom du responsable différent de l'agrément : courriel à la DREETS préparé — " + notice);
        }
        return repository.signatures(versionId).get(seq - 1);
    }

    // ---- documents ----

    public byte[] pdf(CurrentUser user, long versionId) {
        ReportView view = view(user, versionId);
        return repository.lastSealedPdf(versionId).orElseGet(() -> renderer.renderPdf(template(view.version()),
                model(view.version(), view.lines(), view.signatures(), view.requiredJury()),
                meta(view.version(), view.version().createdAt())));
    }

    public String html(CurrentUser user, long versionId) {
        ReportView view = view(user, versionId);
        return renderer.renderHtml(template(view.version()),
                model(view.version(), view.lines(), view.signatures(), view.requiredJury()),
                meta(view.version(), view.signatures().isEmpty() ? view.version().createdAt()
                        : view.signatures().get(view.signatures().size() - 1).signedAt()));
    }

    private static String template(VersionRow version) {
        return version.kind() == ReportKind.INDIVIDUAL ? INDIVIDUAL_TEMPLATE : GENERAL_TEMPLATE;
    }

    private static String kindLabel(VersionRow version) {
        return Messages.get(version.kind() == ReportKind.INDIVIDUAL ? "reports.kind.INDIVIDUAL" : "reports.kind.GENERAL");
    }

    private static DocumentMeta meta(VersionRow version, Instant created) {
        String title = Messages.get(version.kind() == ReportKind.INDIVIDUAL ? "reports.pv.metaIndividual"
                : "reports.pv.metaGeneral", version.sessionNumber(), version.titleCode());
        return DocumentMeta.french(title, version.centreName(),
                Messages.get("reports.pv.subject", version.titleCode(), version.titleName(), version.version()), created);
    }

    /** The model of the PV templates. */
    public record CertificateLine(String code, String name) {
    }

    public record SignatureBlock(String role, String name, String signedAt) {
    }

    Map<String, Object> model(VersionRow version, List<LineRow> lines, List<SignatureRow> signatures,
                              List<ReportView.Signer> required) {
        CertificateKind kind = SessionType.valueOf(version.sessionType()) == SessionType.CCS ? CertificateKind.CCS
                : CertificateKind.CCP;
        // the certificates of the RE version the session was planned with (a later import of the title changes nothing)
        Long reVersion = sessions.session(version.sessionId()).map(v -> v.summary().reVersionId()).orElse(null);
        List<CertificateLine> certificates = (reVersion == null ? referential.titleReferential(version.titleId())
                : referential.titleReferentialOfVersion(reVersion))
                .map(r -> r.certificates(kind)).orElse(List.of()).stream()
                .map((Certificate c) -> new CertificateLine(c.code(), c.name())).toList();
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Paris"));
        List<SignatureBlock> jury = new ArrayList<>();
        for (ReportView.Signer signer : required) {
            SignatureRow s = signatures.stream().filter(x -> x.signerKind().equals("JURY")
                    && x.personId() == signer.juryMemberId()).findFirst().orElse(null);
            jury.add(new SignatureBlock(Messages.get("reports.pv.pairNumber", signer.pairPosition()), signer.name(),
                    s == null ? null : format.format(s.signedAt())));
        }
        SignatureRow manager = signatures.stream().filter(x -> x.signerKind().equals("MANAGER")).findFirst().orElse(null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("v", version);
        model.put("lines", lines);
        model.put("line", lines.isEmpty() ? null : lines.get(0));
        model.put("certificates", certificates);
        model.put("examDayLines", lines.stream()
                .filter(l -> "ABSENT".equals(l.outcome()) || !l.incidents().isEmpty()).toList());
        model.put("jurySignatures", jury);
        model.put("managerSignature", manager == null ? null
                : new SignatureBlock("", manager.signerName(), format.format(manager.signedAt())));
        model.put("draft", signatures.isEmpty());
        model.put("stamped", !signatures.isEmpty());
        // a correction made later says so: the day it was prepared and the version it replaces
        model.put("correction", version.supersedesId() == null ? null : Messages.get("reports.pv.correction",
                version.version(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .withZone(java.time.ZoneId.of("Europe/Paris")).format(version.createdAt()),
                version.version() - 1));
        return model;
    }

    // ---- helpers ----

    private List<SessionView.JuryPair> requiredPairs(SessionView session, VersionRow version) {
        if (version.kind() == ReportKind.GENERAL) {
            return session.juryPairs();
        }
        return session.enrolments().stream().filter(e -> e.candidate().id() == version.candidateId()
                        && e.juryPairId() != null)
                .flatMap(e -> session.juryPair(e.juryPairId()).stream()).toList();
    }

    static List<Long> juryOf(SessionView session) {
        return session.juryPairs().stream().flatMap(p -> p.members().stream()).map(JuryMemberSummary::id).toList();
    }

    private static List<Long> managersOf(SessionView session) {
        List<Long> ids = new ArrayList<>();
        if (session.manager() != null) {
            ids.add(session.manager().id());
        }
        if (session.substitute() != null) {
            ids.add(session.substitute().id());
        }
        return ids;
    }

    private static SessionManagerSummary managerSummary(SessionView session, Long personId) {
        if (session.manager() != null && personId != null && session.manager().id() == personId) {
            return session.manager();
        }
        if (session.substitute() != null && personId != null && session.substitute().id() == personId) {
            return session.substitute();
        }
        return null;
    }

    private static VersionRow withSha(VersionRow v, String sha) {
        return new VersionRow(v.id(), v.sessionId(), v.kind(), v.candidateId(), v.version(), v.supersedesId(),
                v.sessionNumber(), v.sessionType(), v.titleId(), v.titleCode(), v.titleName(), v.centreId(),
                v.centreName(), v.centreAddress(), v.centreCity(), v.startDate(), v.endDate(), v.juryComposition(),
                v.managerLastName(), v.managerFirstName(), sha, v.createdAt(), v.createdBy());
    }

    /** The PV's content as one text, every D10 field in a fixed order: what the signers' SHA-256 covers. */
    static String canonical(VersionRow v, List<LineRow> lines) {
        StringBuilder text = new StringBuilder();
        text.append(v.kind()).append('|').append(v.candidateId()).append('|').append(v.version()).append('|')
                .append(v.supersedesId()).append('|').append(v.sessionNumber()).append('|').append(v.sessionType())
                .append('|').append(v.titleCode()).append('|').append(v.titleName()).append('|').append(v.centreName())
                .append('|').append(v.centreAddress()).append('|').append(v.startDate()).append('|').append(v.endDate())
                .append('|').append(v.juryComposition()).append('|').append(v.managerLastName()).append('|')
                .append(v.managerFirstName()).append('\n');
        for (LineRow l : lines) {
            text.append(l.position()).append('|').append(l.candidateId()).append('|').append(l.identifier()).append('|')
                    .append(l.birthName()).append('|').append(l.usageName()).append('|').append(l.firstNames())
                    .append('|').append(l.accessRoute()).append('|').append(l.pairPosition()).append('|')
                    .append(l.outcome()).append('|').append(String.join(",", l.awardedCodes())).append('|')
                    .append(l.observations()).append('|').append(l.recommendations()).append('|')
                    .append(l.absenceNote());
            if (!l.incidents().isEmpty()) {
                // lines frozen before incidents were printed keep their SHA-256
                text.append('|').append(String.join("\u001f", l.incidents()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
