package fr.sessiontp.people.web;

import fr.sessiontp.people.application.AddHabilitation;
import fr.sessiontp.people.application.CreateJuryMember;
import fr.sessiontp.people.application.DeclareJuryLink;
import fr.sessiontp.people.application.EditJuryMember;
import fr.sessiontp.people.application.RemoveHabilitation;
import fr.sessiontp.people.application.RemoveJuryLink;
import fr.sessiontp.people.application.UnknownRecordException;
import fr.sessiontp.people.domain.HabilitationInput;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.persistence.CandidateRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.people.persistence.TitleLookup;
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

/**
 * Jury members: not tied to a centre (the Ministry habilitates them), every centre's staff sees and adds them. The
 * declared links shown are those with the user's own centre's candidates.
 */
@Controller
@RequestMapping("/people/jury")
class JuryController {

    /** The habilitation and link forms, as typed. */
    record HabilitationForm(String titleId, String validFrom, String validUntil) {
        static HabilitationForm empty() {
            return new HabilitationForm("", "", "");
        }
    }

    record LinkForm(String candidateId, String nature) {
        static LinkForm empty() {
            return new LinkForm("", "");
        }
    }

    private final JuryRepository jury;
    private final CandidateRepository candidates;
    private final TitleLookup titles;
    private final CreateJuryMember createJuryMember;
    private final EditJuryMember editJuryMember;
    private final AddHabilitation addHabilitation;
    private final RemoveHabilitation removeHabilitation;
    private final DeclareJuryLink declareJuryLink;
    private final RemoveJuryLink removeJuryLink;

    JuryController(JuryRepository jury, CandidateRepository candidates, TitleLookup titles,
                   CreateJuryMember createJuryMember, EditJuryMember editJuryMember, AddHabilitation addHabilitation,
                   RemoveHabilitation removeHabilitation, DeclareJuryLink declareJuryLink, RemoveJuryLink removeJuryLink) {
        this.jury = jury;
        this.candidates = candidates;
        this.titles = titles;
        this.createJuryMember = createJuryMember;
        this.editJuryMember = editJuryMember;
        this.addHabilitation = addHabilitation;
        this.removeHabilitation = removeHabilitation;
        this.declareJuryLink = declareJuryLink;
        this.removeJuryLink = removeJuryLink;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "page", required = false) Integer page, Model model) {
        PeopleWeb.centre();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", jury.search(q, PeopleWeb.page(page), PeopleWeb.PAGE_SIZE));
        model.addAttribute("canEdit", PeopleWeb.canEdit());
        return "people/jury";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        PeopleWeb.centre();
        model.addAttribute("member", null);
        model.addAttribute("form", JuryMemberForm.empty());
        model.addAttribute("errors", Map.of());
        model.addAttribute("canEdit", true);
        return "people/jury-member";
    }

    @PostMapping
    String create(@ModelAttribute JuryMemberForm form, Model model, RedirectAttributes redirect) {
        PeopleWeb.centre();
        try {
            long id = createJuryMember.create(form.input());
            redirect.addFlashAttribute("saved", "people.jury.saved");
            return "redirect:/people/jury/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("member", null);
            model.addAttribute("form", form);
            model.addAttribute("errors", PeopleWeb.errors(e));
            model.addAttribute("canEdit", true);
            return "people/jury-member";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        JuryMember member = find(id);
        return page(model, member, JuryMemberForm.of(member), HabilitationForm.empty(), LinkForm.empty(), Map.of());
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @ModelAttribute JuryMemberForm form, Model model, RedirectAttributes redirect) {
        JuryMember member = find(id);
        try {
            editJuryMember.edit(id, form.input());
            redirect.addFlashAttribute("saved", "people.jury.saved");
            return "redirect:/people/jury/" + id;
        } catch (InvalidInputException e) {
            return page(model, member, form, HabilitationForm.empty(), LinkForm.empty(), PeopleWeb.errors(e));
        }
    }

    @PostMapping("/{id}/habilitations")
    String addHabilitation(@PathVariable long id, @ModelAttribute HabilitationForm form, Model model,
                           RedirectAttributes redirect) {
        JuryMember member = find(id);
        try {
            addHabilitation.add(id, new HabilitationInput(form.titleId(), form.validFrom(), form.validUntil()));
            redirect.addFlashAttribute("saved", "people.habilitation.added");
            return "redirect:/people/jury/" + id + "#habilitations";
        } catch (InvalidInputException e) {
            return page(model, member, JuryMemberForm.of(member), form, LinkForm.empty(), prefixed("habilitation.", e));
        }
    }

    @PostMapping("/{id}/habilitations/{habilitationId}/delete")
    String removeHabilitation(@PathVariable long id, @PathVariable long habilitationId, RedirectAttributes redirect) {
        find(id);
        removeHabilitation.remove(id, habilitationId);
        redirect.addFlashAttribute("saved", "people.habilitation.removed");
        return "redirect:/people/jury/" + id + "#habilitations";
    }

    @PostMapping("/{id}/links")
    String declareLink(@PathVariable long id, @ModelAttribute LinkForm form, Model model, RedirectAttributes redirect) {
        JuryMember member = find(id);
        try {
            declareJuryLink.declare(PeopleWeb.centre(), id, form.candidateId(), form.nature());
            redirect.addFlashAttribute("saved", "people.link.declared");
            return "redirect:/people/jury/" + id + "#links";
        } catch (InvalidInputException e) {
            return page(model, member, JuryMemberForm.of(member), HabilitationForm.empty(), form, prefixed("link.", e));
        }
    }

    @PostMapping("/{id}/links/{linkId}/delete")
    String removeLink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
        find(id);
        removeJuryLink.remove(PeopleWeb.centre(), id, linkId);
        redirect.addFlashAttribute("saved", "people.link.removed");
        return "redirect:/people/jury/" + id + "#links";
    }

    private JuryMember find(long id) {
        PeopleWeb.centre();
        return jury.find(id).orElseThrow(() -> new UnknownRecordException("jury member", id));
    }

    private static Map<String, String> prefixed(String prefix, InvalidInputException e) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        PeopleWeb.errors(e).forEach((field, message) -> errors.put(prefix + field, message));
        return errors;
    }

    private String page(Model model, JuryMember member, JuryMemberForm form, HabilitationForm habilitation,
                        LinkForm link, Map<String, String> errors) {
        long centre = PeopleWeb.centre();
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("habilitationForm", habilitation);
        model.addAttribute("linkForm", link);
        model.addAttribute("errors", errors);
        model.addAttribute("titles", titles.all());
        model.addAttribute("links", jury.linksWithCentre(member.id(), centre));
        model.addAttribute("centreCandidates", candidates.ofCentre(centre));
        model.addAttribute("canEdit", PeopleWeb.canEdit());
        return "people/jury-member";
    }
}
