package fr.sessiontp.session.web;

import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.Sessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mes sessions": the sessions the user takes part in or oversees, a page at a time. */
@Controller
class HomeController {

    static final int PAGE_SIZE = 25;

    private final Sessions sessions;

    HomeController(Sessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "page", defaultValue = "0") String pageParam, Model model) {
        CurrentUser user = UserAccounts.current().orElseThrow();
        int page = parsePage(pageParam);
        long total = sessions.countSessionsVisibleTo(user);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(page, pages - 1);
        model.addAttribute("sessions", sessions.sessionsVisibleTo(user, page, PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        return "session/home";
    }

    private static int parsePage(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
