package fr.sessiontp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an open session whose account changed since its login: disabled, given another role, centre or person, or a
 * new password. Checked on each request of a logged-in user (one query by primary key), so a disabled user is out at
 * their next click, on every instance. The user is sent to {@code /login?ended}.
 */
final class AccountSessionGuard extends OncePerRequestFilter {

    private final AccountRepository accounts;

    AccountSessionGuard(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SessionTpUserDetails details
                && details.user().role() != Role.API_CLIENT && changed(details)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean changed(SessionTpUserDetails details) {
        Optional<AccountRepository.SessionState> state = accounts.sessionState(details.user().userId());
        if (state.isEmpty()) {
            return false;
        }
        AccountRepository.SessionState now = state.get();
        CurrentUser user = details.user();
        return !now.enabled() || now.role() != user.role() || !Objects.equals(now.centreId(), user.centreId())
                || !Objects.equals(now.personId(), user.personId())
                || (details.passwordHash() != null && !details.passwordHash().equals(now.passwordHash()));
    }
}
