package fr.sessiontp.referential.web;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.Referential.ImportedTitle;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator imports a title's RE from a JSON or XLSX file (docs/referential-import.md). */
@Controller
class TitleImportController {

    private final Referential referential;

    TitleImportController(Referential referential) {
        this.referential = referential;
    }

    @GetMapping("/platform/titles/import")
    String form(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/platform/titles/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                      RedirectAttributes redirect) throws IOException {
        try {
            ImportedTitle imported = referential.importTitle(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("imported", imported);
            return "redirect:/platform/titles/import";
        } catch (InputRejectedException e) {
            return page(model, e.fieldErrors());
        }
    }

    private String page(Model model, Map<String, String> errors) {
        model.addAttribute("titles", referential.titles());
        model.addAttribute("errors", errors);
        return "referential/title-import";
    }

    @Component
    static class TitleImportRoutes implements RouteRules {
        @Override
        public void declare(Routes routes) {
            routes.get("/platform/titles/import", Role.PLATFORM_ADMIN)
                    .post("/platform/titles/import", Role.PLATFORM_ADMIN);
        }
    }
}
