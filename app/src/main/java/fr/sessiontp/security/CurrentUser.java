package fr.sessiontp.security;

import java.util.Optional;

/**
 * Who is acting, and for what they act: their centre (staff, session managers, proctors, trainers),
 * the person record they are (jury member, proctor, trainer, session manager), or their region (authority).
 */
public record CurrentUser(long userId, String username, String displayName, Role role,
                          Long centreId, Long personId, String region) {

    public boolean is(Role other) {
        return role == other;
    }

    public Optional<Long> centre() {
        return Optional.ofNullable(centreId);
    }

    public Optional<Long> person() {
        return Optional.ofNullable(personId);
    }
}
