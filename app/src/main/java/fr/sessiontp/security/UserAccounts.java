package fr.sessiontp.security;

import fr.sessiontp.security.domain.PasswordPolicy;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The security module's API: create users, and find who is acting now. */
@Service
public class UserAccounts implements UserDetailsService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public SessionTpUserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /** Creates a user with the given clear-text password, stored hashed; returns the user's id. */
    @Transactional
    public long create(NewUser user, String password) {
        return users.insert(user, passwordEncoder.encode(password));
    }

    /**
     * Why this password may not be chosen by this user ({@link PasswordPolicy}), in French; empty when it may. Every
     * path that sets a password checks it first.
     */
    public Optional<String> passwordRefusal(String password, String username) {
        return PasswordPolicy.standard().refusal(password, username);
    }

    public boolean exists(String username) {
        return users.exists(username);
    }

    /** The authenticated user of the current request; a request without one is answered 401. */
    public static CurrentUser required() {
        return current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    /** The authenticated user of the current request, if any. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SessionTpUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }
}
