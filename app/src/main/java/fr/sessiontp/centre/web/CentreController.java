package fr.sessiontp.centre.web;

import fr.sessiontp.centre.Accreditation;
import fr.sessiontp.centre.Centre;
import fr.sessiontp.centre.CentreCalendar;
import fr.sessiontp.centre.NewAccreditation;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.centre.Room;
import fr.sessiontp.centre.RoomDetails;
import fr.sessiontp.centre.RoomKind;
import fr.sessiontp.common.Decision;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.Title;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import fr.sessiontp.security.UserAccounts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's own centre: its facts, accreditations, calendar and rooms; the centre's ADMIN manages the rooms, the
 * accreditations (S7 checked when one is entered) and the calendar planning uses.
 */
@Controller
class CentreController {

    /** What a user typed in the room form, kept as text so that bad input is shown back as typed. */
    record RoomForm(String code, String name, String kind, String capacity, Boolean confidential) {

        static RoomForm empty() {
            return new RoomForm("", "", "", "", false);
        }

        static RoomForm of(Room room) {
            return new RoomForm(room.code(), room.name(), room.kind(), String.valueOf(room.capacity()), room.confidential());
        }
    }

    /** What a user typed in the accreditation form, kept as text. */
    record AccreditationForm(String titleId, String number, String validFrom, String validUntil, String managerLastName,
                             String managerFirstName) {

        static AccreditationForm empty() {
            return new AccreditationForm("", "", "", "", "", "");
        }

        static AccreditationForm of(Accreditation a) {
            return new AccreditationForm(String.valueOf(a.titleId()), a.number(), a.validFrom().toString(),
                    a.validUntil().toString(), a.managerLastName(), a.managerFirstName());
        }

        /** The accreditation typed; what cannot be read is left empty for the use case to refuse, with a message. */
        NewAccreditation read(Map<String, String> errors) {
            Long title = FormFields.id(titleId);
            if (title == null) {
                errors.put("titleId", Messages.get("centre.error.titleRequired"));
            }
            return new NewAccreditation(title == null ? 0 : title, number, FormFields.date(validFrom, "validFrom", errors),
                    FormFields.date(validUntil, "validUntil", errors), managerLastName, managerFirstName);
        }
    }

    /** What a user typed in the calendar form (HH:mm), kept as text. */
    record CalendarForm(String dayStart, String lunchStart, String lunchEnd, String dayEnd, String juryDayEnd) {

        static CalendarForm of(CentreCalendar c) {
            return new CalendarForm(c.dayStart().toString(), c.lunchStart().toString(), c.lunchEnd().toString(),
                    c.dayEnd().toString(), c.juryDayEnd().toString());
        }

        static CalendarForm empty() {
            return new CalendarForm("", "", "", "", "");
        }
    }

    private final Centres centres;
    private final Referential referential;

    CentreController(Centres centres, Referential referential) {
        this.centres = centres;
        this.referential = referential;
    }

    @GetMapping("/centre")
    String centre(Model model) {
        return page(model, RoomForm.empty(), Map.of());
    }

    @PostMapping("/centre/accreditations")
    String addAccreditation(@ModelAttribute AccreditationForm form, Model model, RedirectAttributes redirect) {
        Centre centre = myCentre();
        Map<String, String> errors = new HashMap<>();
        NewAccreditation accreditation = form.read(errors);
        try {
            // a field that could not be read reaches the use case empty, which refuses it with the other fields' errors
            centres.addAccreditation(centre.id(), accreditation);
            accreditationSaved(centre, accreditation, redirect);
            return "redirect:/centre";
        } catch (InputRejectedException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        model.addAttribute("accreditationForm", form);
        model.addAttribute("accreditationErrors", errors);
        return page(model, RoomForm.empty(), Map.of());
    }

    @GetMapping("/centre/accreditations/{id}/edit")
    String editAccreditation(@PathVariable long id, Model model) {
        Accreditation accreditation = myAccreditation(id);
        return accreditationPage(model, accreditation, AccreditationForm.of(accreditation), Map.of());
    }

    @PostMapping("/centre/accreditations/{id}")
    String saveAccreditation(@PathVariable long id, @ModelAttribute AccreditationForm form, Model model,
                             RedirectAttributes redirect) {
        Accreditation before = myAccreditation(id);
        Centre centre = myCentre();
        Map<String, String> errors = new HashMap<>();
        NewAccreditation accreditation = form.read(errors);
        try {
            centres.editAccreditation(centre.id(), before.id(), accreditation);
            accreditationSaved(centre, accreditation, redirect);
            return "redirect:/centre";
        } catch (InputRejectedException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        return accreditationPage(model, before, form, errors);
    }

    /** S7: the saved accreditation's responsable is checked against the centre's responsables de session. */
    private void accreditationSaved(Centre centre, NewAccreditation accreditation, RedirectAttributes redirect) {
        redirect.addFlashAttribute("accreditationSaved", true);
        Decision s7 = centres.namedResponsableIsOnStaff(centre.id(), accreditation);
        s7.firstRefusal().ifPresent(r -> redirect.addFlashAttribute("s7Warning", r.displayMessage()));
    }

    private String accreditationPage(Model model, Accreditation accreditation, AccreditationForm form,
                                     Map<String, String> errors) {
        Map<Long, Title> titles = new HashMap<>();
        referential.titles().forEach(t -> titles.put(t.id(), t));
        model.addAttribute("accreditation", accreditation);
        model.addAttribute("titles", titles);
        model.addAttribute("accreditationForm", form);
        model.addAttribute("accreditationErrors", errors);
        return "centre/accreditation-edit";
    }

    private Accreditation myAccreditation(long id) {
        return centres.accreditation(myCentre().id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/centre/calendar")
    String saveCalendar(@ModelAttribute CalendarForm form, Model model, RedirectAttributes redirect) {
        Centre centre = myCentre();
        Map<String, String> errors = new HashMap<>();
        CentreCalendar calendar = new CentreCalendar(FormFields.time(form.dayStart(), "dayStart", errors),
                FormFields.time(form.lunchStart(), "lunchStart", errors),
                FormFields.time(form.lunchEnd(), "lunchEnd", errors), FormFields.time(form.dayEnd(), "dayEnd", errors),
                FormFields.time(form.juryDayEnd(), "juryDayEnd", errors));
        try {
            // a time that could not be read reaches the use case empty, which refuses it with the other fields' errors
            centres.saveCalendar(centre.id(), calendar);
            redirect.addFlashAttribute("calendarSaved", true);
            return "redirect:/centre";
        } catch (InputRejectedException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        model.addAttribute("calendarForm", form);
        model.addAttribute("calendarErrors", errors);
        return page(model, RoomForm.empty(), Map.of());
    }

    @PostMapping("/centre/rooms")
    String addRoom(@ModelAttribute RoomForm form, Model model, RedirectAttributes redirect) {
        Centre centre = myCentre();
        Map<String, String> errors = new HashMap<>();
        RoomDetails details = details(form, errors);
        if (errors.isEmpty()) {
            try {
                centres.addRoom(centre.id(), details);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/centre";
            } catch (InputRejectedException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        return page(model, form, errors);
    }

    @GetMapping("/centre/rooms/{id}/edit")
    String editRoom(@PathVariable long id, Model model) {
        Room room = myRoom(id);
        return editPage(model, room, RoomForm.of(room), Map.of());
    }

    @PostMapping("/centre/rooms/{id}")
    String saveRoom(@PathVariable long id, @ModelAttribute RoomForm form, Model model, RedirectAttributes redirect) {
        Room room = myRoom(id);
        Map<String, String> errors = new HashMap<>();
        RoomDetails details = details(form, errors);
        if (errors.isEmpty()) {
            try {
                centres.editRoom(room.centreId(), room.id(), details);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/centre";
            } catch (InputRejectedException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        return editPage(model, room, form, errors);
    }

    private String page(Model model, RoomForm form, Map<String, String> errors) {
        Centre centre = myCentre();
        Map<Long, Title> titles = new HashMap<>();
        referential.titles().forEach(t -> titles.put(t.id(), t));
        model.addAttribute("centre", centre);
        model.addAttribute("accreditations", centres.accreditations(centre.id()));
        model.addAttribute("titles", titles);
        model.addAttribute("rooms", centres.rooms(centre.id()));
        model.addAttribute("roomKinds", RoomKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("accreditationForm")) {
            model.addAttribute("accreditationForm", AccreditationForm.empty());
            model.addAttribute("accreditationErrors", Map.of());
        }
        if (!model.containsAttribute("calendarForm")) {
            model.addAttribute("calendarForm", centres.calendar(centre.id()).map(CalendarForm::of)
                    .orElse(CalendarForm.empty()));
            model.addAttribute("calendarErrors", Map.of());
        }
        model.addAttribute("calendar", centres.calendar(centre.id()).orElse(null));
        return "centre/centre";
    }

    private String editPage(Model model, Room room, RoomForm form, Map<String, String> errors) {
        model.addAttribute("room", room);
        model.addAttribute("roomKinds", RoomKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "centre/room-edit";
    }

    private static RoomDetails details(RoomForm form, Map<String, String> errors) {
        int capacity = 0;
        String typed = form.capacity() == null ? "" : form.capacity().strip();
        try {
            capacity = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            errors.put("capacity", Messages.get("centre.error.roomCapacity"));
        }
        return new RoomDetails(form.code(), form.name(), form.kind(), capacity,
                Boolean.TRUE.equals(form.confidential()));
    }

    private Centre myCentre() {
        return UserAccounts.current().flatMap(CurrentUser::centre).flatMap(centres::centre)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Room myRoom(long id) {
        Optional<Room> room = centres.room(myCentre().id(), id);
        return room.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Component
    static class CentreRoutes implements RouteRules {
        @Override
        public void declare(Routes routes) {
            routes.get("/centre", Role.ADMIN, Role.SESSION_MANAGER)
                    .post("/centre/rooms", Role.ADMIN)
                    .post("/centre/accreditations", Role.ADMIN)
                    .get("/centre/accreditations/{id}/edit", Role.ADMIN)
                    .post("/centre/accreditations/{id}", Role.ADMIN)
                    .post("/centre/calendar", Role.ADMIN)
                    .get("/centre/rooms/{id}/edit", Role.ADMIN)
                    .post("/centre/rooms/{id}", Role.ADMIN);
        }
    }
}
