package fr.sessiontp.planning.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import fr.sessiontp.people.CandidateContact;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planning.domain.ConvocationLeadPolicy;
import fr.sessiontp.planning.persistence.ConvocationRepository;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.planning.persistence.DerouleRepository.StoredDeroule;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.session.SessionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Convocations of the candidates: a PDF per candidate (date, place, times, what to bring) sent by e-mail through the
 * configured SMTP server ({@code spring.mail.*}); each sending is tracked (sent, failed, resent) and audited, with a
 * warning (X4) when it goes out later than the lead time.
 */
@Service
public class ConvocationService {

    /** What one convocation says. */
    public record Convocation(String candidate, String identifier, List<ConvocationDay> days, List<String> bring) {
    }

    public record ConvocationDay(String label, String arrival, String end, List<String[]> items) {
    }

    private final DerouleRepository deroules;
    private final ConvocationRepository convocations;
    private final PeopleDirectory people;
    private final DocumentRenderer renderer;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final PlanningProperties properties;
    private final Clock clock;

    public ConvocationService(DerouleRepository deroules, ConvocationRepository convocations, PeopleDirectory people,
                              DocumentRenderer renderer, Mailer mailer, AuditTrail audit,
                              PlanningProperties properties, Clock clock) {
        this.deroules = deroules;
        this.convocations = convocations;
        this.people = people;
        this.renderer = renderer;
        this.mailer = mailer;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    public List<ConvocationRepository.ConvocationRow> sent(long sessionId) {
        return convocations.ofSession(sessionId);
    }

    /** The X4 warning if convocations sent today would be late, for the candidates (jury false) or the jury. */
    public Optional<Refusal> leadWarning(SessionView session, boolean jury) {
        return new ConvocationLeadPolicy(properties.candidateLeadDaysTitle(), properties.candidateLeadDaysCertificate(),
                properties.juryLeadDays()).check(LocalDate.now(clock), session.summary().startDate(),
                session.summary().type() == SessionType.TITLE, jury);
    }

    /** The candidate's convocation as a PDF/A document. */
    public byte[] pdf(SessionView session, long candidateId) {
        StoredDeroule stored = deroules.find(session.id()).orElseThrow(NoSuchElementException::new);
        CandidateSummary candidate = session.candidates().stream().filter(c -> c.id() == candidateId).findFirst()
                .orElseThrow(NoSuchElementException::new);
        Convocation convocation = convocation(session, stored, candidate);
        Map<String, Object> model = new HashMap<>();
        model.put("s", session);
        model.put("c", convocation);
        return renderer.renderPdf("planning/documents/convocation", model, DocumentMeta.french(
                Messages.get("planning.convocations.document.title", session.summary().number()),
                session.centre().name(), Messages.get("planning.convocations.document.subject",
                        candidate.displayName()), clock.instant()));
    }

    /**
     * Sends the convocation of every enrolled candidate (or of one). Each attempt is tracked and audited; without a mail
     * server nothing is tried and the report says so.
     */
    public MailingReport send(SessionView session, Long onlyCandidate) {
        deroules.find(session.id()).orElseThrow(NoSuchElementException::new);
        if (!mailer.configured()) {
            return MailingReport.noMailServer();
        }
        String lead = leadWarning(session, false).map(Refusal::displayMessage).orElse(null);
        int ok = 0;
        int failed = 0;
        for (CandidateSummary candidate : session.candidates()) {
            if (onlyCandidate != null && onlyCandidate != candidate.id()) {
                continue;
            }
            Optional<String> email = people.candidateContact(candidate.id()).map(CandidateContact::email)
                    .filter(address -> !address.isBlank());
            String error = mailer.deliver(email.orElse(null), Messages.get("planning.convocations.mail.subject",
                            session.summary().number(), session.title().displayName()),
                    Messages.get("planning.convocations.mail.body", candidate.displayName(),
                            session.summary().number(), session.title().displayName(),
                            session.centre().name(), session.centre().fullAddress(),
                            session.manager().displayName()),
                    () -> List.of(new Mailer.Attachment("convocation-" + session.summary().number() + "-"
                            + candidate.identifier() + ".pdf", "application/pdf", pdf(session, candidate.id()))))
                    .orElse(null);
            convocations.record(session.id(), candidate.id(), email.orElse(null), error == null, error, lead);
            if (error == null) {
                ok++;
            } else {
                failed++;
            }
            audit.record(error == null ? "planning.convocationSent" : "planning.convocationFailed",
                    lead != null ? RuleId.X4 : null, "candidate", String.valueOf(candidate.id()),
                    (error == null ? Messages.get("planning.convocations.audit.sent", email.orElse("")) : error)
                            + Messages.get("planning.audit.ofSession", session.summary().number())
                            + (lead != null ? " ; " + lead : ""));
        }
        return new MailingReport(ok, failed, false);
    }

    Convocation convocation(SessionView session, StoredDeroule stored, CandidateSummary candidate) {
        Problem problem = ProblemJson.read(stored.problemJson());
        Solution solution = new SolutionReader().read(stored.solutionJson()).value();
        String id = ProblemBuilder.candidateId(candidate.id());
        List<ConvocationDay> days = new ArrayList<>();
        for (String day : problem.calendar().days()) {
            List<Solution.Sitting> mine = solution.sittings().stream()
                    .filter(s -> s.day().equals(day) && s.candidates().contains(id))
                    .sorted(Comparator.comparingInt(Solution.Sitting::start)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<String[]> items = mine.stream().map(s -> new String[] {
                    DerouleFormat.hour(s.start()) + " – " + DerouleFormat.hour(s.end()),
                    DeroulePresenter.label(problem, s), s.room()}).toList();
            days.add(new ConvocationDay(DeroulePresenter.dayLabel(day), DerouleFormat.hour(mine.get(0).start()),
                    DerouleFormat.hour(mine.get(mine.size() - 1).end()), items));
        }
        List<String> bring = new ArrayList<>(List.of(Messages.get("planning.convocations.bring.identity"),
                Messages.get("planning.convocations.bring.convocation"), Messages.get("planning.convocations.bring.dp")));
        if (session.title().requiresOutfit()) {
            bring.add(Messages.get("planning.convocations.bring.outfit"));
        }
        return new Convocation(candidate.displayName(), candidate.identifier(), days, bring);
    }
}
