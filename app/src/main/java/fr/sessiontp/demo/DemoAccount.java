package fr.sessiontp.demo;

import fr.sessiontp.security.Role;

/** One demo user: the clear-text password is generated on first start and kept only in the credentials file. */
public record DemoAccount(String username, String password, Role role) {
}
