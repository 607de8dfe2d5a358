package fr.sessiontp.closing.web;

import fr.sessiontp.closing.application.Closing;
import fr.sessiontp.closing.application.ClosingView;
import fr.sessiontp.closing.application.RecordCeresEntry;
import fr.sessiontp.closing.application.RegionalOverview;
import fr.sessiontp.closing.domain.OutsideValidation;
import fr.sessiontp.closing.persistence.ClosingRepository;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.reports.SealedReport;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The closing page of a session (centre staff: deadline, CERES states and the entry in CERES, PVs, transmit, archive,
 * their copy of the sealed
 * PDFs) and the authority's space (transmitted sessions of its region, a session's signed PVs, validate or send back,
 * the regional dashboard). A refusal is shown on the page with its rule ID, keeping the typed reason.
 */
@Controller
class ClosingController {

    private final Closing closing;
    private final RecordCeresEntry ceresEntries;
    private final RegionalOverview overview;

    ClosingController(Closing closing, RecordCeresEntry ceresEntries, RegionalOverview overview) {
        this.closing = closing;
        this.ceresEntries = ceresEntries;
        this.overview = overview;
    }

    // ---- the centre ----

    @GetMapping("/sessions/{id}/closing")
    String closingPage(@PathVariable long id, Model model) {
        return centrePage(id, model, null);
    }

    private String centrePage(long id, Model model, String error) {
        return centrePage(id, model, error, Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The closing page, with the errors and typed values of its two forms (outside validation, CERES entry). */
    private String centrePage(long id, Model model, String error, Map<String, String> fieldErrors,
                              Map<String, String> typed, Map<String, String> ceresErrors, Map<String, String> ceresTyped) {
        ClosingView view = found(() -> closing.forCentre(UserAccounts.required(), id));
        model.addAttribute("c", view);
        model.addAttribute("error", error);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("typed", typed);
        model.addAttribute("ceresErrors", ceresErrors);
        model.addAttribute("ceresTyped", ceresTyped);
        return "closing/session";
    }

    private String outsidePage(long id, Model model, String error, Map<String, String> fieldErrors,
                               Map<String, String> typed) {
        return centrePage(id, model, error, fieldErrors, typed, Map.of(), Map.of());
    }

    private String ceresPage(long id, Model model, Map<String, String> ceresErrors, Map<String, String> ceresTyped) {
        return centrePage(id, model, null, Map.of(), Map.of(), ceresErrors, ceresTyped);
    }

    /** D9: the centre records the authority's validation received outside SessionTP (date, reference, PDF). */
    @PostMapping("/sessions/{id}/closing/outside-validation")
    String recordOutsideValidation(@PathVariable long id, @RequestParam(required = false) String receivedOn,
                                   @RequestParam(required = false) String reference,
                                   @RequestParam(required = false) MultipartFile notification, Model model) {
        CurrentUser user = UserAccounts.required();
        Map<String, String> typed = Map.of("receivedOn", receivedOn == null ? "" : receivedOn,
                "reference", reference == null ? "" : reference);
        LocalDate date = null;
        if (receivedOn != null && !receivedOn.isBlank()) {
            try {
                date = LocalDate.parse(receivedOn.strip());
            } catch (DateTimeParseException e) {
                return outsidePage(id, model, null,
                        Map.of("receivedOn", Messages.get("closing.outside.error.dateInvalid")), typed);
            }
        }
        try {
            byte[] pdf = notification == null || notification.isEmpty() ? null : notification.getBytes();
            OutsideValidation input = new OutsideValidation(date, reference,
                    notification == null ? null : notification.getOriginalFilename(), pdf);
            found(() -> closing.recordOutsideValidation(user, id, input));
            return "redirect:/sessions/" + id + "/closing?validatedOutside";
        } catch (IOException e) {
            return outsidePage(id, model, null,
                    Map.of("notification", Messages.get("closing.outside.error.unreadable")), typed);
        } catch (RuleViolationException e) {
            return outsidePage(id, model, e.displayMessage(), Map.of(), typed);
        } catch (InputRejectedException e) {
            return outsidePage(id, model, null, e.fieldErrors(), typed);
        }
    }

    /** A1: the entry of the results in CERES, recorded under the user's name; field errors shown next to each input. */
    @PostMapping("/sessions/{id}/closing/ceres")
    String recordCeresEntry(@PathVariable long id, @RequestParam(required = false) String enteredOn,
                            @RequestParam(required = false) String reference, Model model) {
        CurrentUser user = UserAccounts.required();
        Map<String, String> typed = Map.of("enteredOn", enteredOn == null ? "" : enteredOn,
                "reference", reference == null ? "" : reference);
        LocalDate day = FrenchDates.parse(enteredOn);
        if (day == null && enteredOn != null && !enteredOn.isBlank()) {
            return ceresPage(id, model,
                    Map.of("enteredOn", Messages.get("closing.error.ceresDateInvalid")), typed);
        }
        try {
            found(() -> ceresEntries.record(user, id, day, reference));
            return "redirect:/sessions/" + id + "/closing?ceresEntered#ceres";
        } catch (RuleViolationException e) {
            return ceresPage(id, model, Map.of("global", e.displayMessage()), typed);
        } catch (InputRejectedException e) {
            return ceresPage(id, model, e.fieldErrors(), typed);
        }
    }

    @GetMapping("/sessions/{id}/closing/outside-validation/{outsideId}/pdf")
    ResponseEntity<byte[]> notification(@PathVariable long id, @PathVariable long outsideId) {
        ClosingRepository.NotificationPdf pdf = found(() -> closing.notification(UserAccounts.required(), id, outsideId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", pdf.sha256())
                .body(pdf.pdf());
    }

    @PostMapping("/sessions/{id}/closing/transmit")
    String transmit(@PathVariable long id, Model model) {
        CurrentUser user = UserAccounts.required();
        try {
            found(() -> closing.transmit(user, id));
            return "redirect:/sessions/" + id + "/closing?transmitted";
        } catch (RuleViolationException e) {
            return centrePage(id, model, e.displayMessage());
        } catch (InputRejectedException e) {
            return centrePage(id, model, String.join(" ", e.fieldErrors().values()));
        }
    }

    @PostMapping("/sessions/{id}/closing/archive")
    String archive(@PathVariable long id, Model model) {
        CurrentUser user = UserAccounts.required();
        try {
            run(() -> closing.archive(user, id));
            return "redirect:/sessions/" + id + "/closing?archived";
        } catch (RuleViolationException e) {
            return centrePage(id, model, e.displayMessage());
        } catch (InputRejectedException e) {
            return centrePage(id, model, String.join(" ", e.fieldErrors().values()));
        }
    }

    @GetMapping("/sessions/{id}/closing/reports/{versionId}/pdf")
    ResponseEntity<byte[]> centreCopy(@PathVariable long id, @PathVariable long versionId) {
        return pdf(found(() -> closing.sealedPdf(UserAccounts.required(), id, versionId)));
    }

    // ---- the authority ----

    @GetMapping("/authority")
    String authority(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") String page,
                     Model model) {
        SessionStatus shown = switch (status == null ? "" : status) {
            case "VALIDATED" -> SessionStatus.VALIDATED;
            case "ARCHIVED" -> SessionStatus.ARCHIVED;
            default -> SessionStatus.TRANSMITTED;
        };
        model.addAttribute("shown", shown);
        model.addAttribute("tabs", java.util.List.of(SessionStatus.TRANSMITTED, SessionStatus.VALIDATED,
                SessionStatus.ARCHIVED));
        model.addAttribute("page", found(() -> overview.sessions(UserAccounts.required(), shown, number(page))));
        return "closing/authority";
    }

    @GetMapping("/authority/dashboard")
    String dashboard(@RequestParam(defaultValue = "0") String page, Model model) {
        RegionalOverview.Dashboard d = found(() -> overview.dashboard(UserAccounts.required(), number(page)));
        model.addAttribute("d", d);
        model.addAttribute("chart", Chart.of(d.byTitle()));
        return "closing/dashboard";
    }

    @GetMapping("/authority/sessions/{id}")
    String authoritySession(@PathVariable long id, Model model) {
        return authorityPage(id, model, null, Map.of());
    }

    private String authorityPage(long id, Model model, String error, Map<String, String> typed) {
        ClosingView view = found(() -> closing.forAuthority(UserAccounts.required(), id));
        model.addAttribute("c", view);
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        return "closing/review";
    }

    @PostMapping("/authority/sessions/{id}/validate")
    String validate(@PathVariable long id, Model model) {
        CurrentUser user = UserAccounts.required();
        try {
            run(() -> closing.validate(user, id));
            return "redirect:/authority/sessions/" + id + "?validated";
        } catch (RuleViolationException e) {
            return authorityPage(id, model, e.displayMessage(), Map.of());
        } catch (InputRejectedException e) {
            return authorityPage(id, model, String.join(" ", e.fieldErrors().values()), Map.of());
        }
    }

    @PostMapping("/authority/sessions/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        CurrentUser user = UserAccounts.required();
        try {
            run(() -> closing.sendBack(user, id, reason));
            return "redirect:/authority/sessions/" + id + "?sentBack";
        } catch (RuleViolationException e) {
            return authorityPage(id, model, e.displayMessage(), Map.of("reason", reason == null ? "" : reason));
        } catch (InputRejectedException e) {
            return authorityPage(id, model, String.join(" ", e.fieldErrors().values()),
                    Map.of("reason", reason == null ? "" : reason));
        }
    }

    @GetMapping("/authority/sessions/{id}/reports/{versionId}/pdf")
    ResponseEntity<byte[]> authorityCopy(@PathVariable long id, @PathVariable long versionId) {
        return pdf(found(() -> closing.sealedPdf(UserAccounts.required(), id, versionId)));
    }

    // ---- helpers ----

    private static ResponseEntity<byte[]> pdf(SealedReport report) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.fileName()).build().toString())
                .header("X-Content-SHA256", report.sha256())
                .body(report.pdf());
    }

    private static int number(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(Runnable action) {
        found(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T found(Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
