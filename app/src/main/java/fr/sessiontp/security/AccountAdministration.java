package fr.sessiontp.security;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.security.AccountRepository.AccountRow;
import fr.sessiontp.security.domain.AccountPolicy;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of accounts (/admin/users): invite by e-mail with a one-time link, change the role and the person
 * an account acts for, disable and enable, send a password reset link. Who may do what to which account is
 * {@link AccountPolicy}; an account the actor may not manage is "not found" ({@link NoSuchElementException}). Every
 * change publishes {@link AccountChanged}, which the audit trail records in the same transaction.
 */
@Service
class AccountAdministration {

    /** An invitation as the form sends it. */
    record Invitation(String username, String displayName, String email, Role role, Long centreId, Long personId,
                      String region) {
    }

    /** A one-time link made for an account: {@code link} is kept only when the e-mail did not go out. */
    record LinkSent(long userId, String email, boolean mailed, String link) {
    }

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int LIST_LIMIT = 500;

    private final AccountRepository repository;
    private final UserRepository users;
    private final AccountLinks links;
    private final AccountMail mail;
    private final PasswordEncoder encoder;
    private final ObjectProvider<AccountPersons> persons;
    private final ObjectProvider<AccountCentres> centres;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    AccountAdministration(AccountRepository repository, UserRepository users, AccountLinks links, AccountMail mail,
                          PasswordEncoder encoder, ObjectProvider<AccountPersons> persons,
                          ObjectProvider<AccountCentres> centres, ApplicationEventPublisher events) {
        this.repository = repository;
        this.users = users;
        this.links = links;
        this.mail = mail;
        this.encoder = encoder;
        this.persons = persons;
        this.centres = centres;
        this.events = events;
    }

    // ---- reading ----

    /** The accounts the actor manages: every account for the platform administrator, their centre's for an ADMIN. */
    @Transactional(readOnly = true)
    List<AccountRow> accounts(CurrentUser actor) {
        if (actor.is(Role.PLATFORM_ADMIN)) {
            return repository.list(null, LIST_LIMIT);
        }
        if (actor.is(Role.ADMIN) && actor.centreId() != null) {
            return repository.list(actor.centreId(), LIST_LIMIT).stream()
                    .filter(a -> AccountPolicy.mayManage(actorOf(actor), accountOf(a)).isEmpty()).toList();
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    AccountRow account(CurrentUser actor, long id) {
        return managed(actor, id);
    }

    List<AccountChoice> centres(CurrentUser actor) {
        AccountCentres all = centres.getIfAvailable();
        if (all == null) {
            return List.of();
        }
        if (actor.is(Role.PLATFORM_ADMIN)) {
            return all.all();
        }
        return actor.centre().flatMap(all::centre).map(List::of).orElse(List.of());
    }

    String centreName(Long centreId) {
        AccountCentres all = centres.getIfAvailable();
        return centreId == null || all == null ? null : all.centre(centreId).map(AccountChoice::label).orElse(null);
    }

    /** The person records an account of this role at this centre may act for. */
    List<AccountChoice> persons(Role role, Long centreId) {
        AccountPersons all = persons.getIfAvailable();
        return role == null || all == null || !needsPerson(role) ? List.of() : all.choices(role, centreId);
    }

    Optional<AccountChoice> person(AccountRow account) {
        if (account.personId() == null) {
            return Optional.empty();
        }
        return persons(account.role(), account.centreId()).stream().filter(p -> p.id() == account.personId())
                .findFirst();
    }

    /** The roles this actor may give. */
    List<Role> grantable(CurrentUser actor) {
        return AccountPolicy.grantable(actor.role()).stream().toList();
    }

    static boolean needsPerson(Role role) {
        return role == Role.JURY || role == Role.PROCTOR || role == Role.TRAINER || role == Role.SESSION_MANAGER;
    }

    static boolean needsCentre(Role role) {
        return role == Role.ADMIN || role == Role.SESSION_MANAGER || role == Role.PROCTOR || role == Role.TRAINER;
    }

    // ---- inviting ----

    /**
     * Creates the account without a usable password and sends its invitation link by e-mail; field by field French
     * errors ({@link InputRejectedException}) when the form is wrong or the actor may not give this role here.
     */
    @Transactional
    LinkSent invite(CurrentUser actor, Invitation input) {
        Long centreId = actor.is(Role.ADMIN) ? actor.centreId() : input.centreId();
        Role role = input.role();
        Map<String, String> errors = new LinkedHashMap<>();
        String username = input.username() == null ? "" : input.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", Messages.get("security.accounts.error.username"));
        } else if (users.exists(username)) {
            errors.put("username", Messages.get("security.accounts.error.usernameTaken"));
        }
        String displayName = input.displayName() == null ? "" : input.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            errors.put("displayName", Messages.get("security.accounts.error.displayName"));
        }
        String email = input.email() == null ? "" : input.email().strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 200) {
            errors.put("email", Messages.get("security.accounts.error.email"));
        }
        String region = input.region() == null ? null : input.region().strip();
        if (role == null) {
            errors.put("role", Messages.get("security.accounts.error.role"));
        } else {
            AccountPolicy.mayInvite(actorOf(actor), role, needsCentre(role) || role == Role.JURY ? centreId : null)
                    .ifPresent(key -> errors.put("role", Messages.get(key)));
            placeErrors(role, centreId, input.personId(), region, errors);
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        Long storedCentre = needsCentre(role) || role == Role.JURY ? centreId : null;
        NewUser user = new NewUser(username, role, displayName, storedCentre,
                needsPerson(role) ? input.personId() : null, role == Role.AUTHORITY ? region : null);
        long id = repository.insertInvited(user, email, encoder.encode(unguessable()));
        String link = links.issue(id, AccountLinks.INVITATION, actor.username());
        boolean mailed = mail.send(email, displayName, username, AccountLinks.INVITATION, link, links.validityHours());
        events.publishEvent(new AccountChanged("account.invited", id, Messages.get("security.accounts.audit.invited",
                username, label(role), where(storedCentre, user.region()), email,
                Messages.get(mailed ? "security.accounts.audit.mailed" : "security.accounts.audit.notMailed"))));
        return new LinkSent(id, email, mailed, mailed ? null : link);
    }

    /** The centre, person and region a role needs, checked against what exists. */
    private void placeErrors(Role role, Long centreId, Long personId, String region, Map<String, String> errors) {
        if (needsCentre(role) && (centreId == null || (centres.getIfAvailable() != null
                && centres.getIfAvailable().centre(centreId).isEmpty()))) {
            errors.put("centreId", Messages.get("security.accounts.error.centre"));
        }
        if (needsPerson(role)) {
            if (personId == null || persons(role, centreId).stream().noneMatch(p -> p.id() == personId)) {
                errors.put("personId", Messages.get("security.accounts.error.person"));
            }
        }
        if (role == Role.AUTHORITY && (region == null || region.isEmpty() || region.length() > 60)) {
            errors.put("region", Messages.get("security.accounts.error.region"));
        }
    }

    // ---- changing ----

    /** Gives the account another role (and the person it acts for, when the role has one). */
    @Transactional
    void changeRole(CurrentUser actor, long id, Role role, Long personId) {
        AccountRow account = managed(actor, id);
        if (role == null) {
            throw new InputRejectedException("role", Messages.get("security.accounts.error.role"));
        }
        AccountPolicy.mayChangeRole(actorOf(actor), accountOf(account), role, otherAdmins(account))
                .ifPresent(key -> {
                    throw new InputRejectedException("role", Messages.get(key));
                });
        Map<String, String> errors = new LinkedHashMap<>();
        if (needsCentre(role) && account.centreId() == null) {
            errors.put("role", Messages.get("security.accounts.error.roleNeedsCentre"));
        }
        if (role == Role.AUTHORITY && account.region() == null) {
            errors.put("role", Messages.get("security.accounts.error.region"));
        }
        if (needsPerson(role) && (personId == null
                || persons(role, account.centreId()).stream().noneMatch(p -> p.id() == personId))) {
            errors.put("personId", Messages.get("security.accounts.error.person"));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        Long person = needsPerson(role) ? personId : null;
        repository.updateRole(id, role, person);
        events.publishEvent(new AccountChanged("account.roleChanged", id, Messages.get(
                "security.accounts.audit.roleChanged", account.username(), label(account.role()), label(role),
                person == null ? "—" : String.valueOf(person))));
    }

    /** Disables the account: it cannot log in, its open sessions end at their next request, its links close. */
    @Transactional
    void disable(CurrentUser actor, long id) {
        AccountRow account = managed(actor, id);
        AccountPolicy.mayDisable(actorOf(actor), accountOf(account), otherAdmins(account)).ifPresent(key -> {
            throw new InputRejectedException("global", Messages.get(key));
        });
        if (!account.enabled()) {
            return;
        }
        repository.setEnabled(id, false);
        repository.closeLinks(id, java.time.Instant.now());
        events.publishEvent(new AccountChanged("account.disabled", id,
                Messages.get("security.accounts.audit.disabled", account.username())));
    }

    @Transactional
    void enable(CurrentUser actor, long id) {
        AccountRow account = managed(actor, id);
        if (account.enabled()) {
            return;
        }
        repository.setEnabled(id, true);
        events.publishEvent(new AccountChanged("account.enabled", id,
                Messages.get("security.accounts.audit.enabled", account.username())));
    }

    /** Sends the account a link to set a new password (the same one-time mechanism as the invitation). */
    @Transactional
    LinkSent sendReset(CurrentUser actor, long id) {
        AccountRow account = managed(actor, id);
        if (!account.enabled()) {
            throw new InputRejectedException("global", Messages.get("security.accounts.error.disabledNoLink"));
        }
        String purpose = account.passwordSet() ? AccountLinks.RESET : AccountLinks.INVITATION;
        String link = links.issue(id, purpose, actor.username());
        boolean mailed = mail.send(account.email(), account.displayName(), account.username(), purpose, link,
                links.validityHours());
        events.publishEvent(new AccountChanged("account.linkSent", id, Messages.get("security.accounts.audit.linkSent",
                account.username(), Messages.get(mailed ? "security.accounts.audit.mailed"
                        : "security.accounts.audit.notMailed"))));
        return new LinkSent(id, account.email(), mailed, mailed ? null : link);
    }

    // ---- helpers ----

    private AccountRow managed(CurrentUser actor, long id) {
        AccountRow account = repository.find(id).orElseThrow(() -> new NoSuchElementException("no account " + id));
        if (account.role() == Role.API_CLIENT
                || AccountPolicy.mayManage(actorOf(actor), accountOf(account)).isPresent()) {
            throw new NoSuchElementException("not managed by the actor");
        }
        return account;
    }

    private long otherAdmins(AccountRow account) {
        if (!AccountPolicy.isAdministrator(account.role())) {
            return 0;
        }
        return repository.otherEnabled(account.role(), account.role() == Role.ADMIN ? account.centreId() : null,
                account.id());
    }

    private static AccountPolicy.Actor actorOf(CurrentUser user) {
        return new AccountPolicy.Actor(user.userId(), user.role(), user.centreId());
    }

    private static AccountPolicy.Account accountOf(AccountRow row) {
        return new AccountPolicy.Account(row.id(), row.role(), row.centreId(), row.enabled());
    }

    private String where(Long centreId, String region) {
        if (centreId != null) {
            String name = centreName(centreId);
            return name == null ? "centre " + centreId : name;
        }
        return region == null ? "—" : region;
    }

    private static String label(Role role) {
        return Messages.get("role." + role.name());
    }

    /** A random secret nobody knows: the password of an invited account until its holder sets one. */
    private String unguessable() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
