package fr.sessiontp.security;

/** A user to create: see {@link UserAccounts#create(NewUser, String)}. */
public record NewUser(String username, Role role, String displayName, Long centreId, Long personId, String region) {
}
