package fr.sessiontp.security;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.security.AccountRepository.AccountRow;
import fr.sessiontp.security.AccountRepository.LinkRow;
import fr.sessiontp.security.domain.PasswordPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an account's holder does with a one-time link, without being logged in: open it, set their password
 * ({@link PasswordPolicy}); and ask for a reset link, whose answer never says whether an account exists.
 */
@Service
class AccountPasswords {

    private final AccountRepository repository;
    private final AccountLinks links;
    private final AccountMail mail;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    /** Reset requests counted like failed logins: a few per identifier and per address, then silently ignored. */
    private final LoginThrottle resetThrottle;

    AccountPasswords(AccountRepository repository, AccountLinks links, AccountMail mail, PasswordEncoder encoder,
                     ApplicationEventPublisher events, Clock clock,
                     @Value("${sessiontp.security.reset-throttle.window:15m}") Duration window,
                     @Value("${sessiontp.security.reset-throttle.max-per-identifier:3}") int perIdentifier,
                     @Value("${sessiontp.security.reset-throttle.max-per-address:20}") int perAddress) {
        this.repository = repository;
        this.links = links;
        this.mail = mail;
        this.encoder = encoder;
        this.events = events;
        this.resetThrottle = new LoginThrottle(clock, window, perIdentifier, perAddress);
    }

    /** The account a link opens, when the link is usable (unused, unexpired) and the account enabled. */
    @Transactional(readOnly = true)
    Optional<AccountRow> accountOf(String token) {
        return links.usable(token).flatMap(link -> repository.find(link.userId())).filter(AccountRow::enabled);
    }

    /**
     * Sets the password of the link's account and uses the link up. Refused field by field in French: a link that is
     * not usable any more ({@code global}), a password the policy refuses ({@code password}), a confirmation that
     * differs ({@code confirmation}). Returns the username.
     */
    @Transactional
    String setPassword(String token, String password, String confirmation) {
        Optional<LinkRow> link = links.usable(token);
        Optional<AccountRow> account = link.flatMap(l -> repository.find(l.userId())).filter(AccountRow::enabled);
        if (account.isEmpty()) {
            throw new InputRejectedException("global", Messages.get("security.password.linkInvalid"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        PasswordPolicy.standard().refusal(password, account.get().username())
                .ifPresent(message -> errors.put("password", message));
        if (password != null && !password.equals(confirmation)) {
            errors.put("confirmation", Messages.get("security.password.confirmationDiffers"));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        if (!links.use(link.get())) {
            throw new InputRejectedException("global", Messages.get("security.password.linkInvalid"));
        }
        AccountRow row = account.get();
        repository.setPassword(row.id(), encoder.encode(password));
        repository.closeLinks(row.id(), java.time.Instant.now());
        events.publishEvent(new AccountChanged("account.passwordSet", row.id(), Messages.get(
                "security.accounts.audit.passwordSet", row.username(),
                Messages.get("security.accounts.audit.purpose." + link.get().purpose()))));
        return row.username();
    }

    /**
     * Sends a reset link to each enabled account with this username or e-mail that has an e-mail address; says nothing
     * back, so that the page's answer is the same whether an account exists or not. Beyond a few requests for one
     * identifier (3) or from one address (20) within 15 minutes, requests are ignored, with the same answer: nobody can
     * flood a mailbox from this page.
     */
    @Transactional
    void requestReset(String identifier, String address) {
        if (identifier == null || identifier.isBlank() || identifier.length() > 200) {
            return;
        }
        if (resetThrottle.blocked(identifier, address)) {
            return;
        }
        resetThrottle.failed(identifier, address);
        for (AccountRow account : repository.enabledByUsernameOrEmail(identifier.strip())) {
            if (account.email() == null || account.email().isBlank()) {
                continue;
            }
            String purpose = account.passwordSet() ? AccountLinks.RESET : AccountLinks.INVITATION;
            String link = links.issue(account.id(), purpose, "reset-request");
            boolean mailed = mail.send(account.email(), account.displayName(), account.username(), purpose, link,
                    links.validityHours());
            events.publishEvent(new AccountChanged("account.resetRequested", account.id(), Messages.get(
                    "security.accounts.audit.resetRequested", account.username(),
                    Messages.get(mailed ? "security.accounts.audit.mailed" : "security.accounts.audit.notMailed"))));
        }
    }

    /** Whether e-mails can go out at all (a setting, the same for every visitor: it tells nothing about accounts). */
    boolean mailConfigured() {
        return mail.configured();
    }
}
