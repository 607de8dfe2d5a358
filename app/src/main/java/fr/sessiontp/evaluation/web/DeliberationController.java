package fr.sessiontp.evaluation.web;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.AbsenceText;
import fr.sessiontp.evaluation.application.CandidateFile;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.DeliberationSupport;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.evaluation.domain.OutcomePolicy;
import fr.sessiontp.evaluation.persistence.EvaluationRepository;
import fr.sessiontp.evaluation.persistence.EvaluationRepository.FinalInterviewRow;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The jury's deliberation pages: the list of the session's candidates, and per candidate the grids (J2), the inputs
 * (D2, X1) and the outcome (D3, D4, D5). A refusal is shown in the form it comes from, with its rule ID, keeping what
 * the jury typed.
 */
@Controller
class DeliberationController {

    private final DeliberationSupport support;
    private final EvaluateCandidate evaluate;
    private final DecideOutcome decide;
    private final EvaluationRepository repository;

    DeliberationController(DeliberationSupport support, EvaluateCandidate evaluate, DecideOutcome decide,
                           EvaluationRepository repository) {
        this.support = support;
        this.evaluate = evaluate;
        this.decide = decide;
        this.repository = repository;
    }

    /** One line of the session's deliberation list. */
    record Row(SessionView.Enrolment enrolment, boolean gridComplete, String outcome, boolean ownPair) {
    }

    @GetMapping("/sessions/{id}/deliberation")
    String list(@PathVariable long id, Model model) {
        CurrentUser user = UserAccounts.required();
        SessionView session = found(() -> support.sessionForJury(user, id));
        List<Row> rows = new ArrayList<>();
        for (SessionView.Enrolment e : session.enrolments()) {
            CandidateFile file = support.file(user, id, e.candidate().id());
            rows.add(new Row(e, file.synthesis().complete() && !file.synthesis().blocks().isEmpty(),
                    file.recordedAbsent() ? Outcome.ABSENT.name() : file.deliberation().outcome(), file.mayEdit()));
        }
        model.addAttribute("s", session);
        model.addAttribute("rows", rows);
        return "evaluation/list";
    }

    @GetMapping("/sessions/{id}/deliberation/{candidateId}")
    String show(@PathVariable long id, @PathVariable long candidateId, Model model) {
        return page(id, candidateId, model, null, null, Map.of());
    }

    @PostMapping("/sessions/{id}/deliberation/{candidateId}/observations")
    String observations(@PathVariable long id, @PathVariable long candidateId,
                        @RequestParam MultiValueMap<String, String> params, Model model) {
        Map<String, String> byEpreuve = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("obs-") && !v.isEmpty()) {
                byEpreuve.put(k.substring(4), v.get(0));
            }
        });
        return change(id, candidateId, model, "observations", params,
                () -> evaluate.observations(UserAccounts.required(), id, candidateId, byEpreuve));
    }

    @PostMapping("/sessions/{id}/deliberation/{candidateId}/final-interview")
    String finalInterview(@PathVariable long id, @PathVariable long candidateId,
                          @RequestParam MultiValueMap<String, String> params, Model model) {
        return change(id, candidateId, model, "interview", params, () -> evaluate.finalInterview(UserAccounts.required(), id, candidateId,
                new FinalInterviewRow(params.getFirst("project"), params.getFirst("tradeCulture"),
                        params.getFirst("conclusions"))));
    }

    @PostMapping("/sessions/{id}/deliberation/{candidateId}/synthesis")
    String synthesis(@PathVariable long id, @PathVariable long candidateId,
                     @RequestParam MultiValueMap<String, String> params, Model model) {
        return change(id, candidateId, model, "synthesis", params, () -> {
            Map<Long, Boolean> answers = new HashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith("c-") && !v.isEmpty()) {
                    answers.put(parse(k.substring(2), "synthesis"), switch (v.get(0)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> null;
                    });
                }
            });
            evaluate.synthesis(UserAccounts.required(), id, candidateId, answers);
        });
    }

    @PostMapping("/sessions/{id}/deliberation/{candidateId}/inputs")
    String inputs(@PathVariable long id, @PathVariable long candidateId,
                  @RequestParam MultiValueMap<String, String> params, Model model) {
        return change(id, candidateId, model, "inputs", params, () -> evaluate.inputs(UserAccounts.required(), id, candidateId,
                params.getFirst("ecf"), params.getFirst("msp"), params.getFirst("dp")));
    }

    @PostMapping("/sessions/{id}/deliberation/{candidateId}/sat")
    String sat(@PathVariable long id, @PathVariable long candidateId,
               @RequestParam MultiValueMap<String, String> params, Model model) {
        return change(id, candidateId, model, "sat", params, () -> {
            List<String> values = params.getOrDefault("certificate", List.of());
            Set<Long> ids = new HashSet<>();
            values.forEach(v -> ids.add(parse(v, "sat")));
            evaluate.certificatesSat(UserAccounts.required(), id, candidateId, ids);
        });
    }

    @PostMapping("/sessions/{id}/deliberation/{candidateId}/outcome")
    String outcome(@PathVariable long id, @PathVariable long candidateId,
                   @RequestParam MultiValueMap<String, String> params, Model model) {
        return change(id, candidateId, model, "outcome", params, () -> {
            String value = params.getFirst("outcome");
            Outcome outcome;
            try {
                outcome = value == null || value.isBlank() ? null : Outcome.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException("outcome", Messages.get("evaluation.error.outcome"));
            }
            decide.confirm(UserAccounts.required(), id, candidateId, outcome, params.getOrDefault("code", List.of()),
                    params.getFirst("observations"), params.getFirst("recommendations"));
        });
    }

    private String change(long id, long candidateId, Model model, String form, MultiValueMap<String, String> params,
                          Runnable action) {
        String error;
        try {
            action.run();
            return "redirect:/sessions/" + id + "/deliberation/" + candidateId + "?saved=" + form + "#" + form;
        } catch (InputRejectedException e) {
            error = String.join(" ", e.fieldErrors().values());
        } catch (RuleViolationException e) {
            error = e.displayMessage();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, List<String>> typed = new LinkedHashMap<>(params);
        typed.remove("_csrf");
        return page(id, candidateId, model, form, error, typed);
    }

    private String page(long id, long candidateId, Model model, String errorForm, String error,
                        Map<String, List<String>> typed) {
        CandidateFile file = found(() -> support.file(UserAccounts.required(), id, candidateId));
        model.addAttribute("f", file);
        model.addAttribute("s", file.session());
        model.addAttribute("c", file.candidate());
        model.addAttribute("answers", file.synthesis().answers());
        model.addAttribute("derived", file.synthesis().complete() && !file.synthesis().blocks().isEmpty()
                ? OutcomePolicy.derive(file.session().summary().type(), file.synthesis()) : null);
        model.addAttribute("outcomes", List.of(Outcome.SUCCESS, Outcome.PARTIAL_SUCCESS, Outcome.FAILURE));
        model.addAttribute("absence", file.recordedAbsent() ? AbsenceText.of(file.absence()) : null);
        model.addAttribute("errorForm", errorForm);
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        return "evaluation/candidate";
    }

    private static <T> T found(java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static long parse(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException(field, Messages.get("evaluation.error.unknownCompetence"));
        }
    }

}
