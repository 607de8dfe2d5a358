package fr.sessiontp.reports.web;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.application.ReportView;
import fr.sessiontp.reports.application.Reports;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.server.ResponseStatusException;

/** The PV pages: the session's list, one version with its signatures and the sign form, its HTML and its PDF. */
@Controller
class ReportController {

    private final Reports reports;
    private final fr.sessiontp.session.Sessions sessions;

    ReportController(Reports reports, fr.sessiontp.session.Sessions sessions) {
        this.reports = reports;
        this.sessions = sessions;
    }

    /** The user's sessions with their deliberation (jury) and PV links: the entry point from the navigation. */
    @GetMapping("/deliberations")
    String sessions(Model model) {
        CurrentUser user = UserAccounts.required();
        model.addAttribute("sessions", sessions.sessionsVisibleTo(user, 0, 50));
        model.addAttribute("jury", user.is(fr.sessiontp.security.Role.JURY));
        return "reports/sessions";
    }

    @GetMapping("/sessions/{id}/reports")
    String list(@PathVariable long id, Model model) {
        return listPage(id, model, null);
    }

    private String listPage(long id, Model model, String error) {
        CurrentUser user = UserAccounts.required();
        SessionView session = found(() -> reports.sessionFor(user, id));
        model.addAttribute("s", session);
        model.addAttribute("entries", reports.reportsOf(user, id));
        model.addAttribute("jury", user.is(fr.sessiontp.security.Role.JURY));
        model.addAttribute("error", error);
        return "reports/list";
    }

    @PostMapping("/sessions/{id}/reports/prepare")
    String prepare(@PathVariable long id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String candidateId, Model model) {
        CurrentUser user = UserAccounts.required();
        found(() -> reports.sessionFor(user, id));
        try {
            ReportKind reportKind = parseKind(kind);
            Long candidate = reportKind == ReportKind.INDIVIDUAL ? parseId(candidateId) : null;
            long versionId = found(() -> reports.prepare(user, id, reportKind, candidate));
            return "redirect:/reports/" + versionId;
        } catch (RuleViolationException e) {
            return listPage(id, model, e.displayMessage());
        } catch (InputRejectedException e) {
            return listPage(id, model, String.join(" ", e.fieldErrors().values()));
        }
    }

    @GetMapping("/reports/{versionId}")
    String show(@PathVariable long versionId, Model model) {
        return page(versionId, model, null);
    }

    private String page(long versionId, Model model, String error) {
        ReportView view = found(() -> reports.view(UserAccounts.required(), versionId));
        model.addAttribute("r", view);
        model.addAttribute("v", view.version());
        model.addAttribute("error", error);
        return "reports/report";
    }

    @PostMapping("/reports/{versionId}/sign")
    String sign(@PathVariable long versionId, @RequestParam(required = false) String confirm,
                @RequestParam(required = false) String contentSha256, Model model) {
        try {
            found(() -> reports.sign(UserAccounts.required(), versionId, "yes".equals(confirm), contentSha256));
            return "redirect:/reports/" + versionId + "?signed";
        } catch (RuleViolationException e) {
            return page(versionId, model, e.displayMessage());
        } catch (fr.sessiontp.documents.DocumentException e) {
            return page(versionId, model, Messages.get("reports.error.seal"));
        }
    }

    @GetMapping("/reports/{versionId}/document")
    ResponseEntity<String> document(@PathVariable long versionId) {
        String html = found(() -> reports.html(UserAccounts.required(), versionId));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    @GetMapping("/reports/{versionId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long versionId) {
        ReportView view = found(() -> reports.view(UserAccounts.required(), versionId));
        byte[] pdf = reports.pdf(UserAccounts.required(), versionId);
        String name = "pv-" + (view.version().kind() == ReportKind.INDIVIDUAL ? "individuel" : "general") + "-"
                + view.version().sessionNumber().replaceAll("[^A-Za-z0-9-]", "") + "-v" + view.version().version() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }

    private static ReportKind parseKind(String kind) {
        try {
            return ReportKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("kind", Messages.get("reports.error.kind"));
        }
    }

    private static Long parseId(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException("candidateId", Messages.get("reports.error.kind"));
        }
    }

    private static <T> T found(Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
