package fr.sessiontp.people.web;

import fr.sessiontp.people.application.SaveStaffMember;
import fr.sessiontp.people.application.UnknownRecordException;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.people.domain.PersonInput;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.StaffMember;
import fr.sessiontp.people.persistence.PersonRepository;
import fr.sessiontp.people.persistence.StaffRepository;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre's trainers, proctors and session managers. */
@Controller
@RequestMapping("/people/staff")
class StaffController {

    /**
     * A staff member's form, as typed: on creation, {@code personId} picks an existing person of the centre (blank: a
     * new person with these names).
     */
    record StaffForm(String personId, String lastName, String firstName, String email) {

        static StaffForm empty() {
            return new StaffForm("", "", "", "");
        }

        static StaffForm of(StaffMember m) {
            return new StaffForm(String.valueOf(m.personId()), m.lastName(), m.firstName(), m.email());
        }

        PersonInput input() {
            return new PersonInput(lastName, firstName, email);
        }
    }

    private final StaffRepository staff;
    private final PersonRepository persons;
    private final SaveStaffMember saveStaffMember;

    StaffController(StaffRepository staff, PersonRepository persons, SaveStaffMember saveStaffMember) {
        this.staff = staff;
        this.persons = persons;
        this.saveStaffMember = saveStaffMember;
    }

    @GetMapping
    String list(Model model) {
        long centre = PeopleWeb.centre();
        model.addAttribute("trainers", staff.ofCentre(StaffKind.TRAINER, centre));
        model.addAttribute("proctors", staff.ofCentre(StaffKind.PROCTOR, centre));
        model.addAttribute("managers", staff.ofCentre(StaffKind.SESSION_MANAGER, centre));
        model.addAttribute("canEdit", PeopleWeb.canEdit());
        return "people/staff";
    }

    @GetMapping("/{kind}/new")
    String newForm(@PathVariable String kind, Model model) {
        return form(model, kind(kind), null, StaffForm.empty(), Map.of());
    }

    @PostMapping("/{kind}")
    String create(@PathVariable String kind, @ModelAttribute StaffForm form, Model model, RedirectAttributes redirect) {
        StaffKind staffKind = kind(kind);
        try {
            long id = saveStaffMember.create(staffKind, PeopleWeb.centre(), form.personId(), form.input());
            redirect.addFlashAttribute("saved", "people.staff.saved");
            return "redirect:/people/staff/" + kind + "/" + id;
        } catch (InvalidInputException e) {
            return form(model, staffKind, null, form, PeopleWeb.errors(e));
        }
    }

    @GetMapping("/{kind}/{id}")
    String show(@PathVariable String kind, @PathVariable long id, Model model) {
        StaffMember member = find(kind(kind), id);
        return form(model, member.kind(), member, StaffForm.of(member), Map.of());
    }

    @PostMapping("/{kind}/{id}")
    String edit(@PathVariable String kind, @PathVariable long id, @ModelAttribute StaffForm form, Model model,
                RedirectAttributes redirect) {
        StaffMember member = find(kind(kind), id);
        try {
            saveStaffMember.edit(member.kind(), PeopleWeb.centre(), id, form.input());
            redirect.addFlashAttribute("saved", "people.staff.saved");
            return "redirect:/people/staff/" + kind + "/" + id;
        } catch (InvalidInputException e) {
            return form(model, member.kind(), member, form, PeopleWeb.errors(e));
        }
    }

    private static StaffKind kind(String path) {
        return StaffKind.fromPath(path).orElseThrow(() -> new UnknownRecordException("staff kind", 0));
    }

    private StaffMember find(StaffKind kind, long id) {
        return staff.findInCentre(kind, PeopleWeb.centre(), id).orElseThrow(() -> new UnknownRecordException(kind.table(), id));
    }

    private String form(Model model, StaffKind kind, StaffMember member, StaffForm form, Map<String, String> errors) {
        long centre = PeopleWeb.centre();
        model.addAttribute("kind", kind.path());
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("persons", member == null ? persons.ofCentreWithout(kind, centre) : java.util.List.of());
        model.addAttribute("canEdit", PeopleWeb.canEdit());
        return "people/staff-member";
    }
}
