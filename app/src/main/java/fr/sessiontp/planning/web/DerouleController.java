package fr.sessiontp.planning.web;

import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import fr.sessiontp.planning.application.ConvocationService;
import fr.sessiontp.planning.application.DeroulePresenter;
import fr.sessiontp.planning.persistence.ConvocationRepository;
import fr.sessiontp.planning.application.DerouleView;
import fr.sessiontp.planning.application.JuryPlans;
import fr.sessiontp.planning.application.MailingReport;
import fr.sessiontp.planning.application.PlanningProperties;
import fr.sessiontp.planning.application.PlanningService;
import fr.sessiontp.planning.domain.ConvocationLeadPolicy;
import fr.sessiontp.planning.persistence.DerouleRepository.StoredDeroule;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The déroulé of a session: plan it in the background, follow the progress, see it, adjust it, publish it. */
@Controller
class DerouleController {

    private final Sessions sessions;
    private final PlanningService planning;
    private final DocumentRenderer renderer;
    private final PlanningProperties properties;
    private final Clock clock;
    private final ConvocationService convocations;
    private final JuryPlans juryPlans;

    DerouleController(Sessions sessions, PlanningService planning, DocumentRenderer renderer,
                      PlanningProperties properties, Optional<Clock> clock, ConvocationService convocations,
                      JuryPlans juryPlans) {
        this.convocations = convocations;
        this.juryPlans = juryPlans;
        this.sessions = sessions;
        this.planning = planning;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @GetMapping("/deroules")
    String list(Model model) {
        model.addAttribute("sessions", sessions.sessionsVisibleTo(UserAccounts.required(), 0, 50));
        return "planning/list";
    }

    @GetMapping("/sessions/{id}/deroule")
    String show(@PathVariable long id, Model model) {
        SessionView session = visible(id);
        CurrentUser user = UserAccounts.required();
        boolean staff = user.is(Role.ADMIN) || user.is(Role.SESSION_MANAGER);
        model.addAttribute("s", session);
        model.addAttribute("staff", staff);
        model.addAttribute("job", planning.latestJob(id).orElse(null));
        Optional<StoredDeroule> stored = planning.deroule(id);
        model.addAttribute("stored", stored.orElse(null));
        stored.ifPresent(d -> model.addAttribute("d", DeroulePresenter.present(d, null)));
        model.addAttribute("myPair", myPair(session, user).orElse(null));
        if (staff) {
            Map<Long, ConvocationRepository.ConvocationRow> sent = new HashMap<>();
            convocations.sent(id).forEach(r -> sent.put(r.candidateId(), r));
            model.addAttribute("convocations", sent);
            ConvocationLeadPolicy policy = new ConvocationLeadPolicy(properties.candidateLeadDaysTitle(),
                    properties.candidateLeadDaysCertificate(), properties.juryLeadDays());
            LocalDate today = LocalDate.now(clock);
            boolean title = session.summary().type() == SessionType.TITLE;
            model.addAttribute("leadWarnings", java.util.stream.Stream.of(
                            policy.check(today, session.summary().startDate(), title, false),
                            policy.check(today, session.summary().startDate(), title, true))
                    .flatMap(Optional::stream).map(r -> r.displayMessage()).toList());
        }
        return "planning/deroule";
    }

    @GetMapping("/sessions/{id}/deroule/progress")
    String progress(@PathVariable long id, Model model) {
        SessionView session = visible(id);
        model.addAttribute("s", session);
        model.addAttribute("staff", true);
        model.addAttribute("job", planning.latestJob(id).orElse(null));
        return "planning/deroule :: progress";
    }

    @PostMapping("/sessions/{id}/deroule/plan")
    String plan(@PathVariable long id, @RequestParam(name = "aroundPins", defaultValue = "false") boolean aroundPins) {
        SessionView session = visible(id);
        planning.requestPlanning(session, UserAccounts.required().username(), aroundPins);
        return "redirect:/sessions/" + id + "/deroule";
    }

    @PostMapping("/sessions/{id}/deroule/stop")
    String stop(@PathVariable long id) {
        visible(id);
        planning.stop(id);
        return "redirect:/sessions/" + id + "/deroule";
    }

    @PostMapping("/sessions/{id}/deroule/sittings/{index}/move")
    String move(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) String day,
                @RequestParam(required = false) String start, @RequestParam(required = false) String room,
                @RequestParam(name = "pin", defaultValue = "false") boolean pin, Model model,
                RedirectAttributes redirect) {
        visible(id);
        if (planning.deroule(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PlanningService.EditOutcome outcome;
        try {
            outcome = planning.moveSitting(id, index, day, start, room, pin);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (outcome.applied()) {
            redirect.addAttribute("moved", index);
            return "redirect:/sessions/" + id + "/deroule";
        }
        model.addAttribute("moveErrors", outcome.reasons());
        model.addAttribute("moveIndex", index);
        model.addAttribute("moveDay", day);
        model.addAttribute("moveStart", start);
        model.addAttribute("moveRoom", room);
        return show(id, model);
    }

    @PostMapping("/sessions/{id}/deroule/replan")
    String replan(@PathVariable long id, @RequestParam(required = false) String day,
                  @RequestParam(required = false) String now,
                  @RequestParam org.springframework.util.MultiValueMap<String, String> params, Model model) {
        SessionView session = visible(id);
        if (planning.deroule(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        java.util.Set<Long> absent = new java.util.HashSet<>();
        Map<Long, String> late = new HashMap<>();
        for (var c : session.candidates()) {
            if ("true".equals(params.getFirst("absent_" + c.id()))) {
                absent.add(c.id());
            }
            String arrival = params.getFirst("late_" + c.id());
            if (arrival != null && !arrival.isBlank()) {
                late.put(c.id(), arrival);
            }
        }
        PlanningService.ReplanOutcome outcome;
        try {
            outcome = planning.replanOnTheDay(id, day, now, absent, late, properties.timeLimit());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute(outcome.applied() ? "replanChanges" : "replanErrors",
                outcome.applied() ? outcome.changes() : outcome.reasons());
        model.addAttribute("replanDay", day);
        model.addAttribute("replanNow", now);
        return show(id, model);
    }

    @PostMapping("/sessions/{id}/deroule/convocations")
    String sendConvocations(@PathVariable long id, RedirectAttributes redirect) {
        SessionView session = visible(id);
        try {
            report(redirect, "convocations", convocations.send(session, null));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/sessions/" + id + "/deroule#convocations";
    }

    @PostMapping("/sessions/{id}/deroule/convocations/{candidateId}/send")
    String resendConvocation(@PathVariable long id, @PathVariable long candidateId, RedirectAttributes redirect) {
        SessionView session = visible(id);
        if (session.candidates().stream().noneMatch(c -> c.id() == candidateId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            report(redirect, "convocations", convocations.send(session, candidateId));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/sessions/" + id + "/deroule#convocations";
    }

    @GetMapping("/sessions/{id}/deroule/convocations/{candidateId}/convocation.pdf")
    ResponseEntity<byte[]> convocation(@PathVariable long id, @PathVariable long candidateId) {
        SessionView session = visible(id);
        try {
            return pdf("convocation-" + session.summary().number() + "-" + candidateId + ".pdf",
                    convocations.pdf(session, candidateId));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/sessions/{id}/deroule/poster.pdf")
    ResponseEntity<byte[]> poster(@PathVariable long id) {
        SessionView session = visible(id);
        StoredDeroule stored = planning.deroule(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> model = documentModel(session, DeroulePresenter.present(stored, null));
        String title = "Déroulé de la session " + session.summary().number();
        byte[] pdf = renderer.renderPdf("planning/documents/poster", model, DocumentMeta.french(title,
                session.centre().name(), "Déroulé à afficher avec le règlement général des sessions", Instant.now(clock)));
        return pdf("deroule-" + session.summary().number() + ".pdf", pdf);
    }

    @GetMapping("/sessions/{id}/deroule/pairs/{position}/plan.pdf")
    ResponseEntity<byte[]> juryPlan(@PathVariable long id, @PathVariable int position) {
        SessionView session = visible(id);
        allowedPair(session, position);
        try {
            return pdf(JuryPlans.fileName(session, position, "pdf"), juryPlans.pdf(session, position));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/sessions/{id}/deroule/pairs/{position}/plan.ics")
    ResponseEntity<byte[]> juryCalendar(@PathVariable long id, @PathVariable int position) {
        SessionView session = visible(id);
        allowedPair(session, position);
        String ics;
        try {
            ics = juryPlans.ics(session, position);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(JuryPlans.fileName(session, position, "ics")).build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/sessions/{id}/deroule/jury-plans")
    String sendJuryPlans(@PathVariable long id, RedirectAttributes redirect) {
        SessionView session = visible(id);
        try {
            report(redirect, "plans", juryPlans.send(session));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/sessions/" + id + "/deroule#downloads";
    }

    /** What a sending did, for the page after the redirect: {@code <what>Sent}, {@code <what>Failed}, {@code noServer}. */
    private static void report(RedirectAttributes redirect, String what, MailingReport report) {
        if (report.nothingTried()) {
            redirect.addAttribute("noServer", what);
        } else {
            redirect.addAttribute(what + "Sent", report.sent());
            redirect.addAttribute(what + "Failed", report.failed());
        }
    }

    private Map<String, Object> documentModel(SessionView session, DerouleView view) {
        Map<String, Object> model = new HashMap<>();
        model.put("s", session);
        model.put("d", view);
        return model;
    }

    private int allowedPair(SessionView session, int position) {
        if (position < 1 || position > session.juryPairs().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CurrentUser user = UserAccounts.required();
        if (user.is(Role.JURY) && !myPair(session, user).map(p -> p == position).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return position - 1;
    }

    /** The position of the jury member's pair in the session, if the user is a jury member of it. */
    private static Optional<Integer> myPair(SessionView session, CurrentUser user) {
        if (!user.is(Role.JURY) || user.personId() == null) {
            return Optional.empty();
        }
        return session.juryPairs().stream()
                .filter(p -> p.memberA().id() == user.personId() || p.memberB().id() == user.personId())
                .map(SessionView.JuryPair::position).findFirst();
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename,
                        StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private SessionView visible(long id) {
        return sessions.sessionVisibleTo(UserAccounts.required(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
