package fr.sessiontp.people.web;

import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.people.application.DecideJuryProposal;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.persistence.DirectoryRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authority's regional jury directory (X2): the centres' proposals to decide and the members of its region, whose
 * habilitations it grants, changes and withdraws (on each member's page).
 */
@Controller
@RequestMapping("/people/directory")
class DirectoryController {

    private final DirectoryRepository directory;
    private final JuryRepository jury;
    private final DecideJuryProposal decide;

    DirectoryController(DirectoryRepository directory, JuryRepository jury, DecideJuryProposal decide) {
        this.directory = directory;
        this.jury = jury;
        this.decide = decide;
    }

    @GetMapping
    String page(Model model) {
        return page(model, Map.of(), null);
    }

    @PostMapping("/proposals/{proposalId}/accept")
    String accept(@PathVariable long proposalId, @RequestParam(name = "validFrom", required = false) String validFrom,
                  @RequestParam(name = "validUntil", required = false) String validUntil, Model model,
                  RedirectAttributes redirect) {
        CurrentUser authority = PeopleWeb.authority();
        try {
            decide.accept(authority, proposalId, validFrom, validUntil);
            redirect.addFlashAttribute("saved", "people.directory.accepted");
            return "redirect:/people/directory";
        } catch (InvalidInputException e) {
            return page(model, prefixed("accept" + proposalId + ".", e), null);
        } catch (RuleViolationException e) {
            return page(model, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/proposals/{proposalId}/refuse")
    String refuse(@PathVariable long proposalId, @RequestParam(name = "reason", required = false) String reason,
                  Model model, RedirectAttributes redirect) {
        CurrentUser authority = PeopleWeb.authority();
        try {
            decide.refuse(authority, proposalId, reason);
            redirect.addFlashAttribute("saved", "people.directory.refused");
            return "redirect:/people/directory";
        } catch (InvalidInputException e) {
            return page(model, prefixed("refuse" + proposalId + ".", e), null);
        } catch (RuleViolationException e) {
            return page(model, Map.of(), e.getMessage());
        }
    }

    private String page(Model model, Map<String, String> errors, String error) {
        CurrentUser authority = PeopleWeb.authority();
        model.addAttribute("region", authority.region());
        model.addAttribute("proposals", directory.pendingInRegion(authority.region()));
        model.addAttribute("members", jury.ofRegion(authority.region()));
        model.addAttribute("errors", errors);
        String global = errors.get("global");
        model.addAttribute("error", error != null ? error : global);
        return "people/directory";
    }

    private static Map<String, String> prefixed(String prefix, InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        PeopleWeb.errors(e).forEach((field, message) -> errors.put(field.equals("global") ? field : prefix + field, message));
        return errors;
    }
}
