package fr.sessiontp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every route is denied unless a module declares it ({@link RouteRules}) with the roles allowed on it. Which data a user sees
 * within an allowed route (their centre, their sessions, their region) is decided by each module.
 * <p>
 * Also: security headers on every answer (a strict Content-Security-Policy without inline script or style, no framing,
 * no MIME sniffing, same-origin referrer, no powerful browser features, HSTS on HTTPS), login throttling
 * ({@link LoginThrottle}), a new session id at login, and the end of open sessions whose account changed
 * ({@link AccountSessionGuard}). See docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** The application's pages: scripts, styles, images and fonts from the application itself only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * HTML previews of printable documents (PV, sample): they carry the print stylesheet inline, as the PDF renderer
     * needs, so they may use inline styles, and nothing else: no script, no form, no framing.
     */
    static final String DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()";
    private static final RequestMatcher DOCUMENT_PREVIEWS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/reports/{versionId}/document"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/documents/sample"));

    /** Every route the modules declare; the access-matrix tests read it too. */
    @Bean
    Routes declaredRoutes(List<RouteRules> modules) {
        Routes routes = new Routes();
        modules.forEach(module -> module.declare(routes));
        return routes;
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock,
            @Value("${sessiontp.security.login-throttle.window:15m}") Duration window,
            @Value("${sessiontp.security.login-throttle.max-failures-per-username:5}") int perUsername,
            @Value("${sessiontp.security.login-throttle.max-failures-per-address:20}") int perAddress) {
        return new LoginThrottle(clock, window, perUsername, perAddress);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Routes declaredRoutes, LoginThrottle throttle,
                                            AccountRepository accounts) throws Exception {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SimpleUrlAuthenticationSuccessHandler success = new SimpleUrlAuthenticationSuccessHandler("/");
        success.setAlwaysUseDefaultTargetUrl(true);
        http.authorizeHttpRequests(registry -> {
                    registry.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll();
                    registry.requestMatchers(AccountRoutes.PUBLIC).permitAll();
                    for (Routes.Route route : declaredRoutes.all()) {
                        registry.requestMatchers(route.method(), route.pattern()).hasAnyRole(names(route.roles()));
                    }
                    registry.anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            success.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) -> {
                            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            failure.onAuthenticationFailure(request, response, exception);
                        }))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountSessionGuard(accounts), AuthorizationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .addHeaderWriter(contentSecurityPolicy())
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(options -> { })
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
        return http.build();
    }

    /** The strict policy everywhere, the document policy on document previews. */
    private static HeaderWriter contentSecurityPolicy() {
        return (request, response) -> {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", DOCUMENT_PREVIEWS.matches(request)
                        ? DOCUMENT_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
            }
        };
    }

    private static String[] names(Collection<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    /** Refuses a login attempt, before checking the password, while its username or address is throttled. */
    static final class LoginThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        LoginThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.blocked(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?blocked");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
