package fr.sessiontp.security;

import fr.sessiontp.common.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API under {@code /api}: stateless, no CSRF (no cookie is ever read), authenticated by
 * {@code Authorization: Bearer <token>} (see {@link ApiTokens}) as {@link Role#API_CLIENT} of the token's centre.
 * Routes are declared with {@link RouteRules} like the pages, and any other {@code /api} route is denied. Refusals are
 * French {@code application/problem+json}: 401 without a valid token, 403 for a route the caller may not use; never a
 * login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    static final String API_PATTERN = "/api/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, Routes declaredRoutes, ApiTokens tokens)
            throws Exception {
        http.securityMatcher(API_PATTERN)
                .authorizeHttpRequests(registry -> {
                    for (Routes.Route route : declaredRoutes.all()) {
                        if (route.pattern().startsWith("/api/")) {
                            registry.requestMatchers(route.method(), route.pattern())
                                    .hasAnyRole(route.roles().stream().map(Role::name).toArray(String[]::new));
                        }
                    }
                    registry.anyRequest().denyAll();
                })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> unauthorized(request, response,
                                "security.api.missingToken"))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(request, response,
                                HttpServletResponse.SC_FORBIDDEN, Messages.get("security.api.forbidden.title"),
                                Messages.get("security.api.forbidden"))))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        ApiProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                Messages.get("security.api.unauthorized.title"), Messages.get(code));
    }

    /**
     * Authenticates {@code Authorization: Bearer <token>}; a request without the header goes on anonymous (and is
     * answered 401 by the entry point), a wrong, expired or revoked token is answered 401 at once.
     */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokens tokens;
        private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

        BearerTokenFilter(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || header.isBlank()) {
                chain.doFilter(request, response);
                return;
            }
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                unauthorized(request, response, "security.api.badScheme");
                return;
            }
            Optional<SessionTpUserDetails> caller = tokens.authenticate(header.substring(7).trim());
            if (caller.isEmpty()) {
                unauthorized(request, response, "security.api.invalidToken");
                return;
            }
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    caller.get(), null, caller.get().getAuthorities()));
            contexts.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                contexts.clearContext();
            }
        }
    }
}
