package fr.sessiontp.security;

import fr.sessiontp.common.InputRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of one-time links (no login): set a password from an invitation or reset link, and ask for a
 * reset link. The answer to a reset request is the same whether an account exists or not.
 */
@Controller
class PasswordController {

    private final AccountPasswords passwords;

    PasswordController(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/account/password")
    String passwordForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("account", passwords.accountOf(token).orElse(null));
        model.addAttribute("errors", Map.of());
        return "security/password";
    }

    @PostMapping("/account/password")
    String setPassword(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                       @RequestParam(required = false) String confirmation, Model model) {
        try {
            passwords.setPassword(token, password, confirmation);
            return "redirect:/login?passwordSet";
        } catch (InputRejectedException e) {
            model.addAttribute("token", token == null ? "" : token);
            model.addAttribute("account", passwords.accountOf(token).orElse(null));
            model.addAttribute("errors", e.fieldErrors());
            return "security/password";
        }
    }

    @GetMapping("/account/forgotten")
    String forgottenForm(Model model) {
        model.addAttribute("mailConfigured", passwords.mailConfigured());
        return "security/forgotten";
    }

    @PostMapping("/account/forgotten")
    String forgotten(@RequestParam(required = false) String identifier, HttpServletRequest request) {
        passwords.requestReset(identifier, request.getRemoteAddr());
        return "redirect:/account/forgotten?asked";
    }
}
