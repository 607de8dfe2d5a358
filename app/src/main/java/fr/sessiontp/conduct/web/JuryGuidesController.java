package fr.sessiontp.conduct.web;

import fr.sessiontp.common.Decision;
import fr.sessiontp.conduct.application.JuryGuides;
import fr.sessiontp.conduct.domain.JuryGuide;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.RouteRules;
import fr.sessiontp.security.Routes;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The jury's guides of a session (J2), as PDF/A: for the session's jury pairs and its responsable only. */
@Controller
class JuryGuidesController {

    private final Sessions sessions;
    private final JuryGuides guides;

    JuryGuidesController(Sessions sessions, JuryGuides guides) {
        this.sessions = sessions;
        this.guides = guides;
    }

    @GetMapping("/sessions/{id}/jury-guides/{guide}")
    ResponseEntity<byte[]> guide(@PathVariable long id, @PathVariable String guide) {
        JuryGuide kind = JuryGuide.ofSlug(guide).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SessionView session = sessions.session(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CurrentUser user = UserAccounts.required();
        Decision decision = guides.mayRead(session, user);
        if (decision.isRefused()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, decision.firstRefusal().orElseThrow().displayMessage());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("guide-" + kind.slug() + "-" + session.summary().number() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(guides.pdf(session, kind));
    }

    @Component
    static class JuryGuidesRoutes implements RouteRules {
        @Override
        public void declare(Routes routes) {
            routes.get("/sessions/{id}/jury-guides/{guide}", Role.SESSION_MANAGER, Role.JURY);
        }
    }
}
