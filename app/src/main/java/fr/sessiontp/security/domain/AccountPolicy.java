package fr.sessiontp.security.domain;

import fr.sessiontp.security.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who manages which account (docs/security.md, « Comptes »). The platform administrator manages every account and alone
 * creates platform administrators and the authority's accounts; a centre's ADMIN manages the accounts of their centre
 * only, never a platform administrator's nor the authority's. Nobody changes their own role or disables themselves,
 * nobody grants a role above their own, and the last enabled administrator (of a centre, of the platform) stays.
 * Each method returns the key of the French refusal, or empty when allowed.
 */
public final class AccountPolicy {

    /** Who acts: their account, role and centre. */
    public record Actor(long userId, Role role, Long centreId) {
    }

    /** The account acted on. */
    public record Account(long userId, Role role, Long centreId, boolean enabled) {
    }

    private static final Set<Role> CENTRE_ROLES = EnumSet.of(Role.ADMIN, Role.SESSION_MANAGER, Role.JURY, Role.PROCTOR,
            Role.TRAINER);

    private AccountPolicy() {
    }

    /** The roles this actor may give: none above their own. */
    public static Set<Role> grantable(Role actor) {
        return switch (actor) {
            case PLATFORM_ADMIN -> EnumSet.of(Role.PLATFORM_ADMIN, Role.ADMIN, Role.SESSION_MANAGER, Role.JURY,
                    Role.PROCTOR, Role.TRAINER, Role.AUTHORITY);
            case ADMIN -> EnumSet.copyOf(CENTRE_ROLES);
            default -> EnumSet.noneOf(Role.class);
        };
    }

    /** Whether the actor may see and manage this account at all (else the account is "not found" for them). */
    public static Optional<String> mayManage(Actor actor, Account account) {
        if (actor.role() == Role.PLATFORM_ADMIN) {
            return Optional.empty();
        }
        if (actor.role() == Role.ADMIN && actor.centreId() != null && actor.centreId().equals(account.centreId())
                && CENTRE_ROLES.contains(account.role())) {
            return Optional.empty();
        }
        return Optional.of("security.accounts.refusal.notYours");
    }

    /** Inviting a new account with this role at this centre (null for the platform and the authority). */
    public static Optional<String> mayInvite(Actor actor, Role role, Long centreId) {
        if (!grantable(actor.role()).contains(role)) {
            return Optional.of("security.accounts.refusal.aboveOwn");
        }
        if (actor.role() == Role.ADMIN && !Objects.equals(actor.centreId(), centreId)) {
            return Optional.of("security.accounts.refusal.otherCentre");
        }
        return Optional.empty();
    }

    /**
     * Changing an account's role. {@code otherEnabledAdmins}: the enabled administrators of the account's own scope
     * (its centre for an ADMIN, the platform for a PLATFORM_ADMIN) other than this account.
     */
    public static Optional<String> mayChangeRole(Actor actor, Account account, Role newRole, long otherEnabledAdmins) {
        if (actor.userId() == account.userId()) {
            return Optional.of("security.accounts.refusal.ownRole");
        }
        Optional<String> scope = mayManage(actor, account);
        if (scope.isPresent()) {
            return scope;
        }
        if (!grantable(actor.role()).contains(newRole)) {
            return Optional.of("security.accounts.refusal.aboveOwn");
        }
        if (newRole != account.role() && isLastAdmin(account, otherEnabledAdmins)) {
            return Optional.of(lastAdminKey(account));
        }
        return Optional.empty();
    }

    /** Disabling an account; see {@link #mayChangeRole} for {@code otherEnabledAdmins}. */
    public static Optional<String> mayDisable(Actor actor, Account account, long otherEnabledAdmins) {
        if (actor.userId() == account.userId()) {
            return Optional.of("security.accounts.refusal.ownAccount");
        }
        Optional<String> scope = mayManage(actor, account);
        if (scope.isPresent()) {
            return scope;
        }
        return isLastAdmin(account, otherEnabledAdmins) ? Optional.of(lastAdminKey(account)) : Optional.empty();
    }

    /** Enabling an account again, sending it a reset link, linking it to a person: within the actor's scope. */
    public static Optional<String> mayEdit(Actor actor, Account account) {
        return mayManage(actor, account);
    }

    /** Whether this account is an administrator whose scope counts administrators (centre ADMIN, PLATFORM_ADMIN). */
    public static boolean isAdministrator(Role role) {
        return role == Role.ADMIN || role == Role.PLATFORM_ADMIN;
    }

    private static boolean isLastAdmin(Account account, long otherEnabledAdmins) {
        return isAdministrator(account.role()) && account.enabled() && otherEnabledAdmins == 0;
    }

    private static String lastAdminKey(Account account) {
        return account.role() == Role.PLATFORM_ADMIN ? "security.accounts.refusal.lastPlatformAdmin"
                : "security.accounts.refusal.lastCentreAdmin";
    }
}
