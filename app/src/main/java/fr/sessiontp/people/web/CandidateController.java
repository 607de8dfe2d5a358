package fr.sessiontp.people.web;

import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.people.application.CreateCandidate;
import fr.sessiontp.people.application.EditCandidate;
import fr.sessiontp.people.application.UnknownRecordException;
import fr.sessiontp.people.domain.Candidate;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.persistence.CandidateRepository;
import fr.sessiontp.people.persistence.StaffRepository;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre's candidates: searchable list, creation and edition. */
@Controller
@RequestMapping("/people/candidates")
class CandidateController {

    private final CandidateRepository candidates;
    private final StaffRepository staff;
    private final CreateCandidate createCandidate;
    private final EditCandidate editCandidate;

    CandidateController(CandidateRepository candidates, StaffRepository staff, CreateCandidate createCandidate,
                        EditCandidate editCandidate) {
        this.candidates = candidates;
        this.staff = staff;
        this.createCandidate = createCandidate;
        this.editCandidate = editCandidate;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "page", required = false) Integer page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", candidates.search(PeopleWeb.centre(), q, PeopleWeb.page(page), PeopleWeb.PAGE_SIZE));
        model.addAttribute("canEdit", PeopleWeb.canEdit());
        return "people/candidates";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, null, CandidateForm.empty(), Map.of());
    }

    @PostMapping
    String create(@ModelAttribute CandidateForm form, Model model, RedirectAttributes redirect) {
        long centre = PeopleWeb.centre();
        try {
            long id = createCandidate.create(centre, form.input(), form.trainerId());
            redirect.addFlashAttribute("saved", "people.candidate.saved");
            return "redirect:/people/candidates/" + id;
        } catch (InvalidInputException e) {
            return form(model, null, form, PeopleWeb.errors(e));
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Candidate candidate = find(id);
        return form(model, candidate, CandidateForm.of(candidate), Map.of());
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @ModelAttribute CandidateForm form, Model model, RedirectAttributes redirect) {
        Candidate candidate = find(id);
        try {
            editCandidate.edit(PeopleWeb.centre(), id, form.input(), form.trainerId());
            redirect.addFlashAttribute("saved", "people.candidate.saved");
            return "redirect:/people/candidates/" + id;
        } catch (InvalidInputException e) {
            return form(model, candidate, form, PeopleWeb.errors(e));
        }
    }

    private Candidate find(long id) {
        return candidates.findInCentre(PeopleWeb.centre(), id).orElseThrow(() -> new UnknownRecordException("candidate", id));
    }

    private String form(Model model, Candidate candidate, CandidateForm form, Map<String, String> errors) {
        model.addAttribute("candidate", candidate);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("routes", AccessRoute.values());
        model.addAttribute("trainers", staff.ofCentre(StaffKind.TRAINER, PeopleWeb.centre()));
        model.addAttribute("canEdit", PeopleWeb.canEdit());
        return "people/candidate-form";
    }
}
