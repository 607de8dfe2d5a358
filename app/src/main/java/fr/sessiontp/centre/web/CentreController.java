package fr.sessiontp.centre.web;

import fr.sessiontp.centre.Centre;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.centre.Room;
import fr.sessiontp.centre.RoomDetails;
import fr.sessiontp.centre.RoomKind;
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

/** The staff's own centre: its facts, accreditations and rooms; the centre's staff (ADMIN) manage the rooms. */
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
                    .get("/centre/rooms/{id}/edit", Role.ADMIN)
                    .post("/centre/rooms/{id}", Role.ADMIN);
        }
    }
}
