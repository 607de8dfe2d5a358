package fr.sessiontp.results.web;

import fr.sessiontp.common.Messages;

import org.springframework.http.ProblemDetail;

import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.results.CeresExport;
import fr.sessiontp.results.CeresFile;
import fr.sessiontp.results.CeresRow;
import fr.sessiontp.results.CheckedCeresExport;
import fr.sessiontp.results.application.ResitTracking;
import fr.sessiontp.results.application.ResultsBoard;
import fr.sessiontp.results.domain.ResitDeadline;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The session's results page with the CERES check and downloads (A1), the results board (A5), re-sits (X6). */
@Controller
class ResultsController {

    private static final int SESSIONS_PAGE = 20;

    private final Sessions sessions;
    private final CeresExport ceres;
    private final ResultsBoard board;
    private final ResitTracking resits;

    ResultsController(Sessions sessions, CeresExport ceres, ResultsBoard board, ResitTracking resits) {
        this.sessions = sessions;
        this.ceres = ceres;
        this.board = board;
        this.resits = resits;
    }

    @GetMapping("/results")
    String index(@RequestParam(defaultValue = "0") String page, Model model) {
        CurrentUser user = UserAccounts.required();
        int p = pageNumber(page);
        model.addAttribute("sessions", sessions.sessionsVisibleTo(user, p, SESSIONS_PAGE));
        model.addAttribute("page", p);
        model.addAttribute("hasNext", (long) (p + 1) * SESSIONS_PAGE < sessions.countSessionsVisibleTo(user));
        return "results/index";
    }

    @GetMapping("/sessions/{id}/results")
    String results(@PathVariable long id, Model model) {
        SessionView session = managed(id);
        return resultsPage(session, model, null);
    }

    private String resultsPage(SessionView session, Model model, String error) {
        CheckedCeresExport export = ceres.check(session.id());
        Map<Long, Optional<ResitDeadline.Assessment>> deadlines = new LinkedHashMap<>();
        for (CeresRow row : export.rows()) {
            deadlines.put(row.candidateId(), resits.assess(row.outcome(), row.accessRoute(), row.endDate()));
        }
        model.addAttribute("s", session);
        model.addAttribute("export", export);
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("boardOpen", session.summary().status() == fr.sessiontp.session.SessionStatus.VALIDATED
                || session.summary().status() == fr.sessiontp.session.SessionStatus.ARCHIVED);
        model.addAttribute("error", error);
        return "results/session";
    }

    @GetMapping("/sessions/{id}/results/ceres.csv")
    Object csv(@PathVariable long id, Model model) {
        return download(id, model, true);
    }

    @GetMapping("/sessions/{id}/results/ceres.json")
    Object json(@PathVariable long id, Model model) {
        return download(id, model, false);
    }

    private Object download(long id, Model model, boolean csv) {
        SessionView session = managed(id);
        try {
            CeresFile file = csv ? ceres.csv(id) : ceres.json(id);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(file.fileName()).build().toString())
                    .body(file.content());
        } catch (RuleViolationException e) {
            if (!csv) {
                // the JSON address answers JSON: a French problem naming what blocks the export
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        String.join(" ; ", e.refusals().stream().map(Refusal::displayMessage).toList()));
                problem.setTitle(Messages.get("results.ceres.refusedTitle"));
                return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem);
            }
            return new ModelAndView(resultsPage(session, model, "refused"), model.asMap(), HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/sessions/{id}/board")
    ModelAndView boardPage(@PathVariable long id, Model model) {
        SessionView session = managed(id);
        model.addAttribute("s", session);
        try {
            model.addAttribute("board", board.board(id));
            return new ModelAndView("results/board", model.asMap());
        } catch (RuleViolationException e) {
            model.addAttribute("error", display(e.refusals()));
            return new ModelAndView("results/board", model.asMap(), HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/sessions/{id}/board.pdf")
    Object boardPdf(@PathVariable long id, Model model) {
        SessionView session = managed(id);
        try {
            byte[] pdf = board.pdf(id);
            String name = "resultats-" + session.summary().number().replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                    .body(pdf);
        } catch (RuleViolationException e) {
            model.addAttribute("s", session);
            model.addAttribute("error", display(e.refusals()));
            return new ModelAndView("results/board", model.asMap(), HttpStatus.CONFLICT);
        }
    }

    @GetMapping("/resits")
    String resitList(@RequestParam(defaultValue = "0") String page, Model model) {
        CurrentUser user = UserAccounts.required();
        long centre = user.centre().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("resits", resits.openOfCentre(centre, pageNumber(page)));
        model.addAttribute("warningDays", resits.policy().warningDays());
        return "results/resits";
    }

    /** The session if the user is staff of its centre; otherwise 404, as for an unknown id. */
    private SessionView managed(long id) {
        return sessions.sessionManagedBy(UserAccounts.required(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String display(List<Refusal> refusals) {
        return String.join(" ", refusals.stream().map(Refusal::displayMessage).toList());
    }
}
