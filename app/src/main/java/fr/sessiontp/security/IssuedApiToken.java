package fr.sessiontp.security;

/** A token just created: {@code secret} is shown once to its creator and never stored (only its SHA-256 is). */
public record IssuedApiToken(ApiToken token, String secret) {
}
