package fr.sessiontp.security;

import fr.sessiontp.common.InputRejectedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The accounts pages (/admin/users) of the platform administrator (every account) and of a centre's ADMIN (their
 * centre's): list, invite, and on an account's page change its role and person, disable, enable, send a reset link.
 * When no e-mail went out the page says so and shows the link to hand over by another channel.
 */
@Controller
class AccountController {

    private final AccountAdministration accounts;

    AccountController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        CurrentUser actor = UserAccounts.required();
        model.addAttribute("accounts", accounts.accounts(actor));
        model.addAttribute("limit", AccountAdministration.LIST_LIMIT);
        model.addAttribute("platform", actor.is(Role.PLATFORM_ADMIN));
        return "security/users";
    }

    @GetMapping("/admin/users/invite")
    String inviteForm(@RequestParam(required = false) String centreId, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("centreId", centreId == null ? "" : centreId);
        return invitePage(model, typed, Map.of());
    }

    @PostMapping("/admin/users/invite")
    String invite(@RequestParam Map<String, String> form, Model model) {
        CurrentUser actor = UserAccounts.required();
        Role role = role(form.get("role"));
        Long centreId = number(form.get("centreId"));
        Long personId = number(form.get("personId"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.get("role") != null && !form.get("role").isBlank() && role == null) {
            errors.put("role", fr.sessiontp.common.Messages.get("security.accounts.error.role"));
        }
        try {
            if (!errors.isEmpty()) {
                throw new InputRejectedException(errors);
            }
            AccountAdministration.LinkSent sent = accounts.invite(actor, new AccountAdministration.Invitation(
                    form.get("username"), form.get("displayName"), form.get("email"), role, centreId, personId,
                    form.get("region")));
            model.addAttribute("sent", sent);
            model.addAttribute("sentKind", "invitation");
            return accountPage(sent.userId(), model, Map.of());
        } catch (InputRejectedException e) {
            return invitePage(model, form, e.fieldErrors());
        }
    }

    private String invitePage(Model model, Map<String, String> typed, Map<String, String> errors) {
        CurrentUser actor = UserAccounts.required();
        Long centreId = actor.is(Role.ADMIN) ? actor.centreId() : number(typed.get("centreId"));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", accounts.grantable(actor));
        model.addAttribute("centres", accounts.centres(actor));
        model.addAttribute("platform", actor.is(Role.PLATFORM_ADMIN));
        model.addAttribute("personGroups", personGroups(actor, centreId));
        model.addAttribute("chosenCentre", centreId);
        return "security/invite";
    }

    /** The person records offered, per role: of the chosen centre (jury members: every one). */
    private Map<Role, List<AccountChoice>> personGroups(CurrentUser actor, Long centreId) {
        Map<Role, List<AccountChoice>> groups = new LinkedHashMap<>();
        for (Role role : List.of(Role.SESSION_MANAGER, Role.PROCTOR, Role.TRAINER, Role.JURY)) {
            if (accounts.grantable(actor).contains(role) && (centreId != null || role == Role.JURY)) {
                groups.put(role, accounts.persons(role, centreId));
            }
        }
        return groups;
    }

    @GetMapping("/admin/users/{id}")
    String account(@PathVariable long id, Model model) {
        return accountPage(id, model, Map.of());
    }

    private String accountPage(long id, Model model, Map<String, String> errors) {
        CurrentUser actor = UserAccounts.required();
        AccountRepository.AccountRow account = found(() -> accounts.account(actor, id));
        model.addAttribute("a", account);
        model.addAttribute("errors", errors);
        model.addAttribute("self", account.id() == actor.userId());
        model.addAttribute("centreName", accounts.centreName(account.centreId()));
        model.addAttribute("person", accounts.person(account).orElse(null));
        model.addAttribute("roles", accounts.grantable(actor));
        model.addAttribute("personGroups", personGroups(actor, account.centreId()));
        return "security/user";
    }

    @PostMapping("/admin/users/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(required = false) String role,
                      @RequestParam(required = false) String personId, Model model) {
        CurrentUser actor = UserAccounts.required();
        try {
            Role target = role(role);
            if (target == null) {
                throw new InputRejectedException("role", fr.sessiontp.common.Messages.get("security.accounts.error.role"));
            }
            run(() -> accounts.changeRole(actor, id, target, number(personId)));
            return "redirect:/admin/users/" + id + "?roleChanged";
        } catch (InputRejectedException e) {
            return accountPage(id, model, e.fieldErrors());
        }
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable long id, Model model) {
        CurrentUser actor = UserAccounts.required();
        try {
            run(() -> accounts.disable(actor, id));
            return "redirect:/admin/users/" + id + "?disabled";
        } catch (InputRejectedException e) {
            return accountPage(id, model, e.fieldErrors());
        }
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable long id) {
        CurrentUser actor = UserAccounts.required();
        run(() -> accounts.enable(actor, id));
        return "redirect:/admin/users/" + id + "?enabled";
    }

    @PostMapping("/admin/users/{id}/reset")
    String reset(@PathVariable long id, Model model) {
        CurrentUser actor = UserAccounts.required();
        try {
            AccountAdministration.LinkSent sent = found(() -> accounts.sendReset(actor, id));
            model.addAttribute("sent", sent);
            model.addAttribute("sentKind", "reset");
            return accountPage(id, model, Map.of());
        } catch (InputRejectedException e) {
            return accountPage(id, model, e.fieldErrors());
        }
    }

    // ---- helpers ----

    private static Role role(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Role role = Role.valueOf(value.strip());
            return role == Role.API_CLIENT ? null : role;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void run(Runnable action) {
        found(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T found(Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
