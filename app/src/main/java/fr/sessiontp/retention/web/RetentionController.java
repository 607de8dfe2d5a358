package fr.sessiontp.retention.web;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.retention.application.PurgeSessionFiles;
import fr.sessiontp.retention.application.RecordDestruction;
import fr.sessiontp.retention.application.RecordKeptDocument;
import fr.sessiontp.retention.application.RecordPortfolioReturn;
import fr.sessiontp.retention.application.SessionFileService;
import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.domain.PortfolioReturn;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sessions/{id}/retention}: the session file (dossier de session) — what is kept until when (A2), the DP
 * return per candidate (A4, the form posts with htmx when available), each A3 destruction recorded by the person who
 * made it, the destruction register (A2, A3).
 */
@Controller
class RetentionController {

    private static final List<DocumentKind> KEEPABLE_CHOICES = List.of(DocumentKind.ECF_BOOKLET,
            DocumentKind.CANDIDATE_PRODUCTION, DocumentKind.UNUSED_DTE, DocumentKind.OTHER_DOCUMENTS);
    private static final List<DocumentKind> DESTROYED_CHOICES = List.of(DocumentKind.CANDIDATE_PRODUCTION,
            DocumentKind.UNUSED_DTE, DocumentKind.OTHER_DOCUMENTS);

    private final Sessions sessions;
    private final SessionFileService files;
    private final RecordPortfolioReturn portfolios;
    private final RecordKeptDocument keeping;
    private final PurgeSessionFiles purge;
    private final RecordDestruction destructions;

    RetentionController(Sessions sessions, SessionFileService files, RecordPortfolioReturn portfolios,
                        RecordKeptDocument keeping, PurgeSessionFiles purge, RecordDestruction destructions) {
        this.sessions = sessions;
        this.files = files;
        this.portfolios = portfolios;
        this.keeping = keeping;
        this.purge = purge;
        this.destructions = destructions;
    }

    @GetMapping("/sessions/{id}/retention")
    String show(@PathVariable long id, Model model) {
        return page(managed(id), model, new Feedback(null, null, Map.of(), Map.of()));
    }

    @PostMapping("/sessions/{id}/retention/portfolios/{candidateId}")
    String recordReturn(@PathVariable long id, @PathVariable long candidateId,
                        @RequestParam(required = false) String returnedOn,
                        @RequestParam(required = false) String copyKept,
                        @RequestParam(required = false) String authorisationDate,
                        @RequestParam(required = false) String authorisationReference,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SessionView session = managed(id);
        if (session.candidates().stream().noneMatch(c -> c.id() == candidateId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, String> typed = new HashMap<>();
        typed.put("returnedOn", text(returnedOn));
        typed.put("copyKept", text(copyKept));
        typed.put("authorisationDate", text(authorisationDate));
        typed.put("authorisationReference", text(authorisationReference));
        String section = "dp-" + candidateId;
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate returned = date(returnedOn, "returnedOn", errors);
        LocalDate authorised = date(authorisationDate, "authorisationDate", errors);
        Feedback feedback;
        if (errors.isEmpty()) {
            feedback = attempt(section, typed, () -> portfolios.record(id, candidateId, new PortfolioReturn(returned,
                    "true".equals(copyKept) || "on".equals(copyKept), authorised,
                    authorisationReference == null ? null : authorisationReference.strip())));
        } else {
            feedback = new Feedback(section, null, errors, typed);
        }
        if (feedback == null) {
            if (htmx != null) {
                return page(session, model, new Feedback(null, section, Map.of(), Map.of())) + " :: portfolios";
            }
            return "redirect:/sessions/" + id + "/retention?done#" + section;
        }
        String view = page(session, model, feedback);
        return htmx != null ? view + " :: portfolios" : view;
    }

    @PostMapping("/sessions/{id}/retention/documents")
    String keep(@PathVariable long id, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String candidateId, @RequestParam(required = false) String reference,
                Model model) {
        SessionView session = managed(id);
        Map<String, String> typed = Map.of("kind", text(kind), "candidateId", text(candidateId),
                "reference", text(reference));
        Feedback feedback = attempt("keep", typed, () -> {
            DocumentKind parsedKind = KEEPABLE_CHOICES.stream().filter(k -> k.name().equals(kind)).findFirst()
                    .orElseThrow(() -> new InputRejectedException("kind", Messages.get("retention.error.kindRequired")));
            Long candidate = null;
            if (candidateId != null && !candidateId.isBlank()) {
                try {
                    candidate = Long.parseLong(candidateId.strip());
                } catch (NumberFormatException e) {
                    throw new InputRejectedException("candidateId", Messages.get("retention.error.candidateUnknown"));
                }
            }
            keeping.keep(id, parsedKind, candidate, reference);
        });
        if (feedback == null) {
            return "redirect:/sessions/" + id + "/retention?done#keep";
        }
        return page(session, model, feedback);
    }

    /** A3: one destruction, recorded under the user's name; each field gets its French error. */
    @PostMapping("/sessions/{id}/retention/destructions")
    String destroy(@PathVariable long id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String candidateId,
                   @RequestParam(required = false) String destroyedOn,
                   @RequestParam(required = false) String method,
                   @RequestParam(required = false) String description, Model model) {
        SessionView session = managed(id);
        Map<String, String> typed = Map.of("kind", text(kind), "candidateId", text(candidateId),
                "destroyedOn", text(destroyedOn), "method", text(method), "description", text(description));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = date(destroyedOn, "destroyedOn", errors);
        Long candidate = null;
        if (candidateId != null && !candidateId.isBlank()) {
            try {
                candidate = Long.parseLong(candidateId.strip());
            } catch (NumberFormatException e) {
                errors.put("candidateId", Messages.get("retention.error.candidateUnknown"));
            }
        }
        DocumentKind parsedKind = DESTROYED_CHOICES.stream().filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        Feedback feedback;
        if (errors.isEmpty()) {
            Long chosen = candidate;
            feedback = attempt("destroy", typed, () -> destructions.record(UserAccounts.required(), id,
                    new RecordDestruction.Form(parsedKind, chosen, day, method, description)));
        } else {
            feedback = new Feedback("destroy", null, errors, typed);
        }
        if (feedback == null) {
            return "redirect:/sessions/" + id + "/retention?destroyed#destructions";
        }
        return page(session, model, feedback);
    }

    @PostMapping("/sessions/{id}/retention/purge")
    String purgeNow(@PathVariable long id, Model model) {
        SessionView session = managed(id);
        Feedback feedback = attempt("purge", Map.of(), () -> purge.purgeNow(id));
        if (feedback == null) {
            return "redirect:/sessions/" + id + "/retention?purged#purge";
        }
        return page(session, model, feedback);
    }

    // ---- page ----

    /** What the page shows after an action: the section in error, its messages by field, what the user typed. */
    private record Feedback(String section, String saved, Map<String, String> errors, Map<String, String> typed) {
    }

    /** Runs an action; null on success, otherwise the errors to show in that section. */
    private Feedback attempt(String section, Map<String, String> typed, Runnable action) {
        try {
            action.run();
            return null;
        } catch (InputRejectedException e) {
            return new Feedback(section, null, e.fieldErrors(), typed);
        } catch (RuleViolationException e) {
            return new Feedback(section, null, Map.of("global",
                    e.displayMessage()), typed);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(SessionView session, Model model, Feedback feedback) {
        SessionView fresh = sessions.session(session.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("s", fresh);
        model.addAttribute("r", files.register(fresh));
        model.addAttribute("admin", UserAccounts.required().is(Role.ADMIN));
        model.addAttribute("keepChoices", KEEPABLE_CHOICES);
        model.addAttribute("destroyChoices", DESTROYED_CHOICES);
        model.addAttribute("fmt", new DateFormats());
        model.addAttribute("errorSection", feedback.section());
        model.addAttribute("saved", feedback.saved());
        model.addAttribute("errors", feedback.errors());
        model.addAttribute("typed", feedback.typed());
        return "retention/retention";
    }

    private SessionView managed(long id) {
        return sessions.sessionManagedBy(UserAccounts.required(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A date typed as yyyy-MM-dd (date input) or dd/MM/yyyy; null when empty; an error for the field otherwise. */
    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.get("retention.error.dateInvalid"));
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
