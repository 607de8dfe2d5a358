package fr.sessiontp.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demo;
    private final String demoCredentialsFile;

    LoginController(@Value("${sessiontp.demo.enabled:false}") boolean demo,
                    @Value("${sessiontp.demo.credentials-file:./data/demo-credentials.txt}") String demoCredentialsFile) {
        this.demo = demo;
        this.demoCredentialsFile = demoCredentialsFile;
    }

    /** With the demo on, the page says where the demo passwords are; in production it says nothing about them. */
    @GetMapping("/login")
    String login(Model model) {
        if (demo) {
            model.addAttribute("demoCredentialsFile", demoCredentialsFile);
        }
        return "security/login";
    }
}
