package fr.sessiontp.centre.web;

import fr.sessiontp.centre.Centre;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.centre.NewCentre;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator's centres: list, create, edit (name, address, region, contact). */
@Controller
class PlatformCentresController {

    /** What a user typed in the centre form, kept as typed. */
    record CentreForm(String name, String address, String postalCode, String city, String region, String email,
                      String contactName, String phone) {

        static CentreForm empty() {
            return new CentreForm("", "", "", "", "", "", "", "");
        }

        static CentreForm of(Centre c) {
            return new CentreForm(c.name(), c.address(), c.postalCode(), c.city(), c.region(), orEmpty(c.email()),
                    orEmpty(c.contactName()), orEmpty(c.phone()));
        }

        NewCentre toNewCentre() {
            return new NewCentre(name, address, postalCode, city, region, email, contactName, phone);
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    private final Centres centres;

    PlatformCentresController(Centres centres) {
        this.centres = centres;
    }

    @GetMapping("/platform/centres")
    String list(Model model) {
        return listPage(model, CentreForm.empty(), Map.of());
    }

    @PostMapping("/platform/centres")
    String create(@ModelAttribute CentreForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = centres.createCentre(form.toNewCentre());
            redirect.addFlashAttribute("created", centres.centre(id).map(Centre::name).orElse(""));
            return "redirect:/platform/centres";
        } catch (InputRejectedException e) {
            return listPage(model, form, e.fieldErrors());
        }
    }

    @GetMapping("/platform/centres/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Centre centre = centre(id);
        return editPage(model, centre, CentreForm.of(centre), Map.of());
    }

    @PostMapping("/platform/centres/{id}")
    String save(@PathVariable long id, @ModelAttribute CentreForm form, Model model, RedirectAttributes redirect) {
        Centre centre = centre(id);
        try {
            centres.editCentre(id, form.toNewCentre());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/platform/centres";
        } catch (InputRejectedException e) {
            return editPage(model, centre, form, e.fieldErrors());
        }
    }

    private String listPage(Model model, CentreForm form, Map<String, String> errors) {
        model.addAttribute("centres", centres.allCentres());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "centre/platform-centres";
    }

    private String editPage(Model model, Centre centre, CentreForm form, Map<String, String> errors) {
        model.addAttribute("centre", centre);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "centre/platform-centre-edit";
    }

    private Centre centre(long id) {
        return centres.centre(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Component
    static class PlatformCentreRoutes implements RouteRules {
        @Override
        public void declare(Routes routes) {
            routes.get("/platform/centres", Role.PLATFORM_ADMIN)
                    .post("/platform/centres", Role.PLATFORM_ADMIN)
                    .get("/platform/centres/{id}/edit", Role.PLATFORM_ADMIN)
                    .post("/platform/centres/{id}", Role.PLATFORM_ADMIN);
        }
    }
}
