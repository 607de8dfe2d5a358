package fr.sessiontp.referential.web;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.referential.TitleReferential;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The titles and their RE, for whoever prepares, evaluates or oversees sessions. */
@Controller
class TitleController {

    private final Referential referential;

    TitleController(Referential referential) {
        this.referential = referential;
    }

    @GetMapping("/titles")
    String titles(Model model) {
        model.addAttribute("titles", referential.titles());
        return "referential/titles";
    }

    @GetMapping("/titles/new")
    String newTitle(Model model) {
        model.addAttribute("form", TitleForm.empty());
        model.addAttribute("errors", Map.of());
        return "referential/title-form";
    }

    @PostMapping("/titles/new")
    String create(@ModelAttribute TitleForm form, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        NewTitle title = form.toNewTitle(errors);
        if (errors.isEmpty()) {
            try {
                return "redirect:/titles/" + referential.createTitle(title);
            } catch (InputRejectedException e) {
                e.fieldErrors().forEach((field, message) -> errors.merge(topField(field), message, (a, b) -> a + " " + b));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referential/title-form";
    }

    /** "epreuves[2]" is shown under the épreuves' text area. */
    private static String topField(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }

    /** One version of the title's RE as the page shows it; {@code importedAt} in Paris time. */
    record VersionLine(int number, String label, String importedAt, String importedBy) {

        private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Paris"));

        static VersionLine of(fr.sessiontp.referential.ReVersion v) {
            return new VersionLine(v.number(), v.label(), FORMAT.format(v.importedAt()), v.importedBy());
        }
    }

    @GetMapping("/titles/{id}")
    String title(@PathVariable long id, Model model) {
        TitleReferential title = referential.titleReferential(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ref", title);
        model.addAttribute("versions", referential.versions(id).stream().map(VersionLine::of).toList());
        model.addAttribute("sessionTypes", Arrays.stream(SessionType.values())
                .filter(t -> !title.epreuves(t).isEmpty() || !title.juryTasks(t).isEmpty())
                .toList());
        return "referential/title";
    }

    @Component
    static class TitleRoutes implements RouteRules {
        static final List<Role> READERS = List.of(Role.ADMIN, Role.SESSION_MANAGER, Role.JURY, Role.AUTHORITY);

        @Override
        public void declare(Routes routes) {
            Role[] readers = READERS.toArray(Role[]::new);
            // "/titles/new" before "/titles/{id}": the first matching route decides
            routes.get("/titles", readers)
                    .get("/titles/new", Role.ADMIN).post("/titles/new", Role.ADMIN)
                    .get("/titles/{id}", readers);
        }
    }
}
