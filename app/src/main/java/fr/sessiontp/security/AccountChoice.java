package fr.sessiontp.security;

/** Something an account can be attached to, as a form offers it: a centre, or the person record an account acts for. */
public record AccountChoice(long id, String label) {
}
