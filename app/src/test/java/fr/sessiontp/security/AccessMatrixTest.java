package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every declared route with every role and without login: a role the route does not list is
 * refused (403), an anonymous visitor is sent to the login page (answered 401 problem+json on the REST API, /api), and an allowed role gets through the
 * security filter without a server error even on an unknown id. A controller route that no module
 * declares fails the build.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTest {

    /** Ids that exist nowhere: allowed roles must get a clean answer (usually 404), never a 500. */
    private static final String UNKNOWN_ID = "987654321";
    private static final List<String> PUBLIC_PATTERNS = List.of("/login", "/error");

    @Autowired
    MockMvc mvc;
    @Autowired
    Routes routes;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyControllerRouteIsDeclaredWithItsRoles() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC_PATTERNS.contains(pattern)) {
                    continue;
                }
                for (HttpMethod method : methodsOf(info)) {
                    if (declared(method, pattern).isEmpty()) {
                        undeclared.add(method + " " + pattern + " (" + handler.getShortLogMessage() + ")");
                    }
                }
            }
        });
        assertThat(undeclared).as("routes served but declared by no module").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersOnlyTheRolesItAllows() {
        return routes.all().stream().flatMap(route -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(route.method() + " " + route.pattern() + " anonymous",
                        () -> assertAnonymousIsSentToLogin(route))),
                Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                        route.method() + " " + route.pattern() + " as " + role,
                        () -> assertAccess(route, role)))));
    }

    private void assertAnonymousIsSentToLogin(Routes.Route route) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(route).with(csrf())).andReturn().getResponse();
        if (route.pattern().startsWith("/api/")) {
            // the REST API has no login page: 401 problem+json
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            return;
        }
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    private void assertAccess(Routes.Route route, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(route).with(csrf()).with(user(userWith(role))))
                .andReturn().getResponse();
        if (route.roles().contains(role)) {
            assertThat(response.getStatus()).as("allowed, and no server error").isNotEqualTo(403).isLessThan(500);
            assertThat(String.valueOf(response.getRedirectedUrl())).as("not sent to login").doesNotEndWith("/login");
        } else {
            assertThat(response.getStatus()).as("denied").isEqualTo(403);
            if (route.pattern().startsWith("/api/")) {
                assertThat(response.getContentType()).as("JSON refusal on the API").startsWith("application/problem+json");
            }
        }
    }

    private static MockHttpServletRequestBuilder request(Routes.Route route) {
        String path = route.pattern().replaceAll("\\{[^}]+}", UNKNOWN_ID).replace("/**", "/x");
        return MockMvcRequestBuilders.request(route.method(), path);
    }

    /** A user of the role, attached to a centre, a person and a region that hold no data. */
    static SessionTpUserDetails userWith(Role role) {
        CurrentUser user = new CurrentUser(-1, "matrix-" + role.name().toLowerCase(), "Test " + role, role,
                -1L, -1L, "Région de test");
        return new SessionTpUserDetails(user, "{noop}unused", true);
    }

    private Optional<Routes.Route> declared(HttpMethod method, String pattern) {
        return routes.all().stream()
                .filter(route -> route.method().equals(method) && route.pattern().equals(pattern))
                .findFirst();
    }

    private static List<HttpMethod> methodsOf(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        if (methods.isEmpty()) {
            return List.of(HttpMethod.GET, HttpMethod.POST);
        }
        return methods.stream().map(RequestMethod::asHttpMethod).toList();
    }
}
