package fr.sessiontp.planning.application;

import fr.sessiontp.audit.AuditTrail;
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
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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
    private final ObjectProvider<JavaMailSender> mail;
    private final AuditTrail audit;
    private final PlanningProperties properties;
    private final Clock clock;
    private final String from;

    public ConvocationService(DerouleRepository deroules, ConvocationRepository convocations, PeopleDirectory people,
                              DocumentRenderer renderer, ObjectProvider<JavaMailSender> mail, AuditTrail audit,
                              PlanningProperties properties, Clock clock,
                              @Value("${sessiontp.planning.mail-from:convocations@sessiontp.example.org}") String from) {
        this.deroules = deroules;
        this.convocations = convocations;
        this.people = people;
        this.renderer = renderer;
        this.mail = mail;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.from = from;
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
                "Convocation – session " + session.summary().number(), session.centre().name(),
                "Convocation de " + candidate.displayName(), clock.instant()));
    }

    /** Sends the convocation of every enrolled candidate (or of one); returns how many went out. */
    public int send(SessionView session, Long onlyCandidate) {
        deroules.find(session.id()).orElseThrow(NoSuchElementException::new);
        String lead = leadWarning(session, false).map(Refusal::displayMessage).orElse(null);
        int ok = 0;
        for (CandidateSummary candidate : session.candidates()) {
            if (onlyCandidate != null && onlyCandidate != candidate.id()) {
                continue;
            }
            Optional<String> email = people.candidateContact(candidate.id()).map(CandidateContact::email)
                    .filter(address -> !address.isBlank());
            String error = null;
            JavaMailSender sender = mail.getIfAvailable();
            if (email.isEmpty()) {
                error = "Le candidat n'a pas d'adresse e-mail.";
            } else if (sender == null) {
                error = "Aucun serveur d'envoi n'est configuré (spring.mail.host).";
            } else {
                try {
                    byte[] pdf = pdf(session, candidate.id());
                    MimeMessage message = sender.createMimeMessage();
                    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                    helper.setFrom(from);
                    helper.setTo(email.get());
                    helper.setSubject("Convocation – session " + session.summary().number() + " – "
                            + session.title().displayName());
                    helper.setText("Bonjour " + candidate.displayName() + ",\n\nVeuillez trouver ci-joint votre "
                            + "convocation à la session " + session.summary().number() + " du titre professionnel "
                            + session.title().displayName() + ", au centre " + session.centre().name() + ", "
                            + session.centre().fullAddress() + ".\n\nCordialement,\n" + session.manager().displayName()
                            + ", responsable de session");
                    helper.addAttachment("convocation-" + session.summary().number() + "-" + candidate.identifier()
                            + ".pdf", new ByteArrayResource(pdf), "application/pdf");
                    sender.send(message);
                } catch (Exception e) {
                    error = "Envoi impossible : " + e.getMessage();
                }
            }
            convocations.record(session.id(), candidate.id(), email.orElse(null), error == null, error, lead);
            if (error == null) {
                ok++;
            }
            audit.record(error == null ? "planning.convocationSent" : "planning.convocationFailed",
                    lead != null ? RuleId.X4 : null, "candidate", String.valueOf(candidate.id()),
                    (error == null ? "Convocation envoyée à " + email.orElse("") : error) + " (session "
                            + session.summary().number() + ")" + (lead != null ? " ; " + lead : ""));
        }
        return ok;
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
        List<String> bring = new ArrayList<>(List.of("Une pièce d'identité officielle en cours de validité (carte "
                + "nationale d'identité, passeport ou titre de séjour)", "La présente convocation",
                "Votre dossier professionnel (DP)"));
        if (session.title().requiresOutfit()) {
            bring.add("Votre tenue professionnelle, exigée par le référentiel du titre");
        }
        return new Convocation(candidate.displayName(), candidate.identifier(), days, bring);
    }
}
