package fr.sessiontp.audit;

import fr.sessiontp.security.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change of an account (invitation, password set, reset link, role, disable, enable) in the audit trail,
 * in the transaction that made it: the security module publishes {@link AccountChanged} and cannot depend on the audit
 * module, which depends on it.
 */
@Component
class AccountChangesAudit {

    private final AuditTrail trail;

    AccountChangesAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AccountChanged change) {
        trail.record(change.action(), null, "user", String.valueOf(change.userId()), change.details());
    }
}
