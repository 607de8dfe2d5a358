package fr.sessiontp.people.web;

import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.people.application.RecordUnavailability;
import fr.sessiontp.people.application.UnknownRecordException;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.domain.UnavailabilityPolicy;
import fr.sessiontp.people.persistence.DirectoryRepository;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A jury member's unavailable days, entered by the member (JURY, for themselves) or by a centre's staff for them. */
@Controller
@RequestMapping("/people/jury/{id}/unavailability")
class UnavailabilityController {

    private final JuryRepository jury;
    private final DirectoryRepository directory;
    private final RecordUnavailability record;
    private final Clock clock;

    UnavailabilityController(JuryRepository jury, DirectoryRepository directory, RecordUnavailability record,
                             Clock clock) {
        this.jury = jury;
        this.directory = directory;
        this.record = record;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        return page(model, member(id), "", Map.of(), null);
    }

    @PostMapping
    String add(@PathVariable long id, @RequestParam(name = "day", required = false) String day, Model model,
               RedirectAttributes redirect) {
        JuryMember member = member(id);
        try {
            record.add(PeopleWeb.user(), id, day);
            redirect.addFlashAttribute("saved", "people.unavailability.added");
            return "redirect:/people/jury/" + id + "/unavailability";
        } catch (InvalidInputException e) {
            return page(model, member, day, PeopleWeb.errors(e), null);
        } catch (RuleViolationException e) {
            return page(model, member, day, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/{unavailabilityId}/delete")
    String remove(@PathVariable long id, @PathVariable long unavailabilityId, Model model, RedirectAttributes redirect) {
        JuryMember member = member(id);
        try {
            record.remove(PeopleWeb.user(), id, unavailabilityId);
            redirect.addFlashAttribute("saved", "people.unavailability.removed");
            return "redirect:/people/jury/" + id + "/unavailability";
        } catch (RuleViolationException e) {
            return page(model, member, "", Map.of(), e.getMessage());
        }
    }

    /** The member; a JURY user reaches only their own page (another member is unknown to them). */
    private JuryMember member(long id) {
        CurrentUser user = PeopleWeb.user();
        if (UnavailabilityPolicy.canEnter(user, id).isRefused()) {
            throw new UnknownRecordException("jury member", id);
        }
        return jury.find(id).orElseThrow(() -> new UnknownRecordException("jury member", id));
    }

    private String page(Model model, JuryMember member, String day, Map<String, String> errors, String error) {
        model.addAttribute("member", member);
        model.addAttribute("days", directory.unavailabilities(member.id(), LocalDate.now(clock)));
        model.addAttribute("day", day);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("backToMember", !PeopleWeb.user().is(Role.JURY));
        return "people/unavailability";
    }
}
