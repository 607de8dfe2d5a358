package fr.sessiontp.people.web;

import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.people.application.AddHabilitation;
import fr.sessiontp.people.application.ChangeHabilitation;
import fr.sessiontp.people.application.DeclareJuryLink;
import fr.sessiontp.people.application.EditJuryMember;
import fr.sessiontp.people.application.ProposeJuryMember;
import fr.sessiontp.people.application.RemoveHabilitation;
import fr.sessiontp.people.application.RemoveJuryLink;
import fr.sessiontp.people.application.UnknownRecordException;
import fr.sessiontp.people.domain.HabilitationInput;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.persistence.CandidateRepository;
import fr.sessiontp.people.persistence.DirectoryRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.people.persistence.PersonRepository;
import fr.sessiontp.people.persistence.TitleLookup;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import java.util.List;
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
 * Jury members belong to the regional directory, not to a centre (X2): a centre's staff sees them, proposes new ones
 * and declares links with its candidates; only the authority of the member's region corrects the record and grants,
 * changes or withdraws habilitations.
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

    /** The centre's proposal, as typed. */
    record ProposalForm(String personId, String lastName, String firstName, String email, String profession,
                        String region, String titleId, String note) {
        static ProposalForm empty() {
            return new ProposalForm("", "", "", "", "", "", "", "");
        }

        ProposeJuryMember.ProposalInput input() {
            return new ProposeJuryMember.ProposalInput(personId,
                    new fr.sessiontp.people.domain.JuryMemberInput(lastName, firstName, email, profession, region),
                    titleId, note);
        }
    }

    private final JuryRepository jury;
    private final CandidateRepository candidates;
    private final PersonRepository persons;
    private final DirectoryRepository directory;
    private final TitleLookup titles;
    private final ProposeJuryMember proposeJuryMember;
    private final EditJuryMember editJuryMember;
    private final AddHabilitation addHabilitation;
    private final ChangeHabilitation changeHabilitation;
    private final RemoveHabilitation removeHabilitation;
    private final DeclareJuryLink declareJuryLink;
    private final RemoveJuryLink removeJuryLink;

    JuryController(JuryRepository jury, CandidateRepository candidates, PersonRepository persons,
                   DirectoryRepository directory, TitleLookup titles, ProposeJuryMember proposeJuryMember,
                   EditJuryMember editJuryMember, AddHabilitation addHabilitation,
                   ChangeHabilitation changeHabilitation, RemoveHabilitation removeHabilitation,
                   DeclareJuryLink declareJuryLink, RemoveJuryLink removeJuryLink) {
        this.jury = jury;
        this.candidates = candidates;
        this.persons = persons;
        this.directory = directory;
        this.titles = titles;
        this.proposeJuryMember = proposeJuryMember;
        this.editJuryMember = editJuryMember;
        this.addHabilitation = addHabilitation;
        this.changeHabilitation = changeHabilitation;
        this.removeHabilitation = removeHabilitation;
        this.declareJuryLink = declareJuryLink;
        this.removeJuryLink = removeJuryLink;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "page", required = false) Integer page, Model model) {
        long centre = PeopleWeb.centre();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", jury.search(q, PeopleWeb.page(page), PeopleWeb.PAGE_SIZE));
        model.addAttribute("proposals", directory.ofCentre(centre));
        model.addAttribute("canEdit", PeopleWeb.canEdit());
        return "people/jury";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return proposalForm(model, ProposalForm.empty(), Map.of());
    }

    @PostMapping
    String propose(@ModelAttribute ProposalForm form, Model model, RedirectAttributes redirect) {
        PeopleWeb.centre();
        try {
            long id = proposeJuryMember.propose(PeopleWeb.user(), form.input());
            redirect.addFlashAttribute("saved", "people.proposal.sent");
            return "redirect:/people/jury/" + id;
        } catch (InvalidInputException e) {
            return proposalForm(model, form, PeopleWeb.errors(e));
        }
    }

    private String proposalForm(Model model, ProposalForm form, Map<String, String> errors) {
        long centre = PeopleWeb.centre();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("titles", titles.all());
        model.addAttribute("persons", persons.ofCentreNotJury(centre));
        return "people/jury-proposal";
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
            editJuryMember.edit(PeopleWeb.user(), id, form.input());
            redirect.addFlashAttribute("saved", "people.jury.saved");
            return "redirect:/people/jury/" + id;
        } catch (InvalidInputException e) {
            return page(model, member, form, HabilitationForm.empty(), LinkForm.empty(), PeopleWeb.errors(e));
        } catch (RuleViolationException e) {
            return page(model, member, form, HabilitationForm.empty(), LinkForm.empty(), Map.of("global", e.getMessage()));
        }
    }

    @PostMapping("/{id}/habilitations")
    String addHabilitation(@PathVariable long id, @ModelAttribute HabilitationForm form, Model model,
                           RedirectAttributes redirect) {
        JuryMember member = find(id);
        try {
            addHabilitation.add(PeopleWeb.user(), id, new HabilitationInput(form.titleId(), form.validFrom(), form.validUntil()));
            redirect.addFlashAttribute("saved", "people.habilitation.added");
            return "redirect:/people/jury/" + id + "#habilitations";
        } catch (InvalidInputException e) {
            return page(model, member, JuryMemberForm.of(member), form, LinkForm.empty(), prefixed("habilitation.", e));
        }
    }

    @PostMapping("/{id}/habilitations/{habilitationId}")
    String changeHabilitation(@PathVariable long id, @PathVariable long habilitationId,
                              @RequestParam(name = "validFrom", required = false) String validFrom,
                              @RequestParam(name = "validUntil", required = false) String validUntil, Model model,
                              RedirectAttributes redirect) {
        JuryMember member = find(id);
        try {
            changeHabilitation.change(PeopleWeb.user(), id, habilitationId, validFrom, validUntil);
            redirect.addFlashAttribute("saved", "people.habilitation.changed");
            return "redirect:/people/jury/" + id + "#habilitations";
        } catch (InvalidInputException e) {
            return page(model, member, JuryMemberForm.of(member), HabilitationForm.empty(), LinkForm.empty(),
                    prefixed("change" + habilitationId + ".", e));
        }
    }

    @PostMapping("/{id}/habilitations/{habilitationId}/delete")
    String removeHabilitation(@PathVariable long id, @PathVariable long habilitationId, RedirectAttributes redirect) {
        find(id);
        removeHabilitation.remove(PeopleWeb.user(), id, habilitationId);
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

    /**
     * The member, for a centre's staff (any member: they choose among them) or for the authority of the member's
     * region (an authority of another region is told the member is unknown).
     */
    private JuryMember find(long id) {
        CurrentUser user = PeopleWeb.user();
        JuryMember member = jury.find(id).orElseThrow(() -> new UnknownRecordException("jury member", id));
        if (user.is(Role.AUTHORITY) ? !JuryDirectoryPolicy.sameRegion(user.region(), member.region()) : user.centreId() == null) {
            throw new UnknownRecordException("jury member", id);
        }
        return member;
    }

    private static Map<String, String> prefixed(String prefix, InvalidInputException e) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        PeopleWeb.errors(e).forEach((field, message) -> errors.put(prefix + field, message));
        return errors;
    }

    private String page(Model model, JuryMember member, JuryMemberForm form, HabilitationForm habilitation,
                        LinkForm link, Map<String, String> errors) {
        CurrentUser user = PeopleWeb.user();
        boolean authority = JuryDirectoryPolicy.canDecide(user, member.region()).isAllowed();
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("habilitationForm", habilitation);
        model.addAttribute("linkForm", link);
        model.addAttribute("errors", errors);
        model.addAttribute("titles", titles.all());
        model.addAttribute("proposals", directory.ofMember(member.id()));
        model.addAttribute("canDecide", authority);
        model.addAttribute("canLink", user.is(Role.ADMIN) && user.centreId() != null);
        model.addAttribute("links", user.centreId() == null ? List.of() : jury.linksWithCentre(member.id(), user.centreId()));
        model.addAttribute("centreCandidates", user.centreId() == null ? List.of() : candidates.ofCentre(user.centreId()));
        model.addAttribute("canEdit", authority);
        return "people/jury-member";
    }
}
