package fr.sessiontp.security;

/**
 * Published in the transaction that changed an account (invited, password set, reset asked, role changed, disabled,
 * enabled, linked to a person); the audit module records it in the same transaction.
 *
 * @param action  a stable English verb phrase such as {@code account.invited}
 * @param userId  the account changed
 * @param details a French sentence a reader of the audit trail understands
 */
public record AccountChanged(String action, long userId, String details) {
}
