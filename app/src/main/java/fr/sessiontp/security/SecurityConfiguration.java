package fr.sessiontp.security;

import java.util.Collection;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every route is denied unless a module declares it ({@link RouteRules}) with the roles allowed on it. Which data a user sees
 * within an allowed route (their centre, their sessions, their region) is decided by each module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Every route the modules declare; the access-matrix tests read it too. */
    @Bean
    Routes declaredRoutes(List<RouteRules> modules) {
        Routes routes = new Routes();
        modules.forEach(module -> module.declare(routes));
        return routes;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Routes declaredRoutes) throws Exception {
        http.authorizeHttpRequests(registry -> {
                    registry.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll();
                    for (Routes.Route route : declaredRoutes.all()) {
                        registry.requestMatchers(route.method(), route.pattern()).hasAnyRole(names(route.roles()));
                    }
                    registry.anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    private static String[] names(Collection<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
