package fr.sessiontp.api.web;

import fr.sessiontp.api.application.ApiTokenAdmin;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.security.ApiToken;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.IssuedApiToken;
import fr.sessiontp.security.UserAccounts;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre's ADMIN lists, creates and revokes the centre's API tokens; a new token's secret is shown once. */
@Controller
class ApiTokenController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ApiTokenAdmin.FRANCE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ApiTokenAdmin.FRANCE);

    private final ApiTokenAdmin admin;
    private final Clock clock;

    ApiTokenController(ApiTokenAdmin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** One line of the tokens table, with its dates and state already in French. */
    record TokenLine(long id, String name, String prefix, String createdAt, String createdBy, String expiresAt,
                     String lastUsedAt, String status, boolean active) {
    }

    @GetMapping("/admin/api-tokens")
    String page(Model model) {
        return page(model, centre(), "", "", Map.of(), null);
    }

    @PostMapping("/admin/api-tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String expiresOn,
                  Model model) {
        long centre = centre();
        try {
            IssuedApiToken issued = admin.create(centre, name, expiresOn, UserAccounts.required().username());
            return page(model, centre, "", "", Map.of(), issued);
        } catch (InputRejectedException e) {
            return page(model, centre, name, expiresOn, e.fieldErrors(), null);
        }
    }

    @PostMapping("/admin/api-tokens/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId, Model model, RedirectAttributes redirect) {
        long centre = centre();
        try {
            ApiToken token = admin.revoke(centre, tokenId, UserAccounts.required().username());
            redirect.addFlashAttribute("revoked", Messages.get("api.tokens.revoked", token.name()));
            return "redirect:/admin/api-tokens";
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InputRejectedException e) {
            return page(model, centre, "", "", e.fieldErrors(), null);
        }
    }

    private String page(Model model, long centre, String name, String expiresOn, Map<String, String> errors,
                        IssuedApiToken issued) {
        Instant now = clock.instant();
        List<TokenLine> lines = admin.tokensOf(centre).stream().map(t -> new TokenLine(t.id(), t.name(),
                t.secretPrefix() + "…", WHEN.format(t.createdAt()), t.createdBy(),
                t.expiresAt() == null ? Messages.get("api.tokens.noExpiry") : DAY.format(t.expiresAt().minusSeconds(1)),
                t.lastUsedAt() == null ? Messages.get("api.tokens.never") : WHEN.format(t.lastUsedAt()),
                t.revokedAt() != null ? Messages.get("api.tokens.status.revoked", WHEN.format(t.revokedAt()))
                        : t.activeAt(now) ? Messages.get("api.tokens.status.active")
                        : Messages.get("api.tokens.status.expired"),
                t.activeAt(now))).toList();
        model.addAttribute("tokens", lines);
        model.addAttribute("name", name);
        model.addAttribute("expiresOn", expiresOn);
        model.addAttribute("errors", errors);
        model.addAttribute("issued", issued);
        return "api/tokens";
    }

    /** The ADMIN's centre; an ADMIN attached to no centre has no tokens to manage. */
    private static long centre() {
        CurrentUser user = UserAccounts.required();
        return user.centre().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
