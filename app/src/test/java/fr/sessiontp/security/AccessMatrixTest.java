package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * The access matrix is a table under version control: {@code src/test/resources/security/access-matrix.txt}, one line
 * per route, {@code METHOD /pattern ROLE,ROLE} = the roles allowed; every other role and anonymous visitors are denied.
 * This test checks that
 * <ol>
 * <li>every route the application serves has exactly one line, and every line is a real route;</li>
 * <li>the routes the modules declare ({@link RouteRules}) are exactly the table, roles included;</li>
 * <li>each line behaves as written: walked with every role and anonymously through MockMvc.</li>
 * </ol>
 * See docs/security.md.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTest {

    static final String TABLE = "security/access-matrix.txt";
    /** Ids that exist nowhere: allowed roles must get a clean answer (usually 404), never a 500. */
    private static final String UNKNOWN_ID = "987654321";
    /** Routes open to everyone, outside the matrix. */
    private static final List<String> PUBLIC_PATTERNS = List.of("/login", "/error", "/account/password",
            "/account/forgotten");

    @Autowired
    MockMvc mvc;
    @Autowired
    Routes routes;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One line of the table. */
    record Row(int lineNumber, HttpMethod method, String pattern, Set<Role> roles) {

        String key() {
            return method.name() + " " + pattern;
        }

        String line() {
            return format(method, pattern, roles);
        }
    }

    @Test
    void theTableIsWellFormedAndHasNoDuplicateLine() {
        Map<String, List<Row>> byRoute = table().stream().collect(Collectors.groupingBy(Row::key, LinkedHashMap::new,
                Collectors.toList()));
        List<String> duplicates = byRoute.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " on lines " + e.getValue().stream().map(Row::lineNumber).toList())
                .toList();
        assertThat(duplicates).as("routes with more than one line in " + TABLE).isEmpty();
    }

    @Test
    void everyServedRouteHasALineInTheTable() {
        Set<String> rows = table().stream().map(Row::key).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        servedRoutes().forEach((key, handler) -> {
            if (!rows.contains(key)) {
                missing.add(suggestedLine(key) + "    (served by " + handler + ")");
            }
        });
        assertThat(missing)
                .as("routes served by a controller but missing from " + TABLE
                        + "; add these lines (roles = who may use the route) and declare them in the module's RouteRules")
                .isEmpty();
    }

    @Test
    void everyLineOfTheTableIsARealRoute() {
        Set<String> served = servedRoutes().keySet();
        List<String> stale = table().stream().filter(row -> !served.contains(row.key()))
                .map(row -> "line " + row.lineNumber() + ": " + row.line()).toList();
        assertThat(stale).as("lines of " + TABLE + " that no controller serves (remove them or fix the pattern)")
                .isEmpty();
    }

    @Test
    void theRoutesDeclaredByTheModulesAreExactlyTheTable() {
        Set<String> declared = routes.all().stream().map(r -> format(r.method(), r.pattern(), r.roles()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> written = table().stream().map(Row::line).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declaredNotWritten = new TreeSet<>(declared);
        declaredNotWritten.removeAll(written);
        Set<String> writtenNotDeclared = new TreeSet<>(written);
        writtenNotDeclared.removeAll(declared);
        assertThat(declaredNotWritten).as("declared in a RouteRules bean but not so in " + TABLE).isEmpty();
        assertThat(writtenNotDeclared).as("written in " + TABLE + " but not so in any RouteRules bean").isEmpty();
        assertThat(routes.all()).as("each route declared once").hasSameSizeAs(declared);
    }

    @TestFactory
    Stream<DynamicTest> everyLineAnswersOnlyTheRolesItAllows() {
        return table().stream().flatMap(row -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(row.key() + " anonymous", () -> assertAnonymousIsRefused(row))),
                Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(row.key() + " as " + role,
                        () -> assertAccess(row, role)))));
    }

    private void assertAnonymousIsRefused(Row row) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(row).with(csrf())).andReturn().getResponse();
        if (row.pattern().startsWith("/api/")) {
            assertThat(response.getStatus()).as(row.line() + " anonymous").isEqualTo(401);
            assertThat(response.getContentType()).as(row.line() + " anonymous: JSON, no login page")
                    .startsWith("application/problem+json");
        } else {
            assertThat(response.getStatus()).as(row.line() + " anonymous").isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(row.line() + " anonymous").endsWith("/login");
        }
    }

    private void assertAccess(Row row, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(row).with(csrf()).with(user(userWith(role))))
                .andReturn().getResponse();
        String what = row.line() + " as " + role;
        if (row.roles().contains(role)) {
            assertThat(response.getStatus()).as(what + ": allowed, and no server error")
                    .isNotIn(401, 403).isLessThan(500);
            assertThat(String.valueOf(response.getRedirectedUrl())).as(what + ": not sent to login")
                    .doesNotEndWith("/login");
        } else {
            assertThat(response.getStatus()).as(what + ": denied").isEqualTo(403);
            if (row.pattern().startsWith("/api/")) {
                assertThat(response.getContentType()).as(what + ": JSON refusal").startsWith("application/problem+json");
            }
        }
    }

    private static MockHttpServletRequestBuilder request(Row row) {
        String path = row.pattern().replaceAll("\\{[^}]+}", UNKNOWN_ID).replace("/**", "/x");
        return MockMvcRequestBuilders.request(row.method(), path);
    }

    /** A user of the role, attached to a centre, a person and a region that hold no data. */
    static SessionTpUserDetails userWith(Role role) {
        CurrentUser user = new CurrentUser(-1, "matrix-" + role.name().toLowerCase(), "Test " + role, role,
                -1L, -1L, "Région de test");
        return new SessionTpUserDetails(user, "{noop}unused", true);
    }

    /** "METHOD /pattern" of every route a controller serves (public routes excepted) → its handler. */
    private Map<String, String> servedRoutes() {
        Map<String, String> served = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC_PATTERNS.contains(pattern)) {
                    continue;
                }
                for (HttpMethod method : methodsOf(info)) {
                    served.put(method.name() + " " + pattern, handler.getShortLogMessage());
                }
            }
        });
        return served;
    }

    /** The line to add for a served route: with the roles its module declares, or a placeholder. */
    private String suggestedLine(String key) {
        return routes.all().stream().filter(r -> (r.method().name() + " " + r.pattern()).equals(key)).findFirst()
                .map(r -> format(r.method(), r.pattern(), r.roles()))
                .orElse(key + " ROLE,ROLE");
    }

    private static List<HttpMethod> methodsOf(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        if (methods.isEmpty()) {
            return List.of(HttpMethod.GET, HttpMethod.POST);
        }
        return methods.stream().map(RequestMethod::asHttpMethod).toList();
    }

    static String format(HttpMethod method, String pattern, Set<Role> roles) {
        return method.name() + " " + pattern + " "
                + EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    /** Reads the table; a malformed line fails with its number. */
    static List<Row> table() {
        try (InputStream in = AccessMatrixTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test classpath").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int comment = line.indexOf('#');
                String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!content.isEmpty()) {
                    rows.add(parse(i + 1, content));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row parse(int lineNumber, String content) {
        String[] parts = content.split("\\s+");
        if (parts.length != 3 || !parts[1].startsWith("/")) {
            throw new AssertionError(TABLE + " line " + lineNumber + ": expected 'METHOD /pattern ROLE,ROLE', got '"
                    + content + "'");
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : parts[2].split(",")) {
            try {
                roles.add(Role.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new AssertionError(TABLE + " line " + lineNumber + ": unknown role '" + name + "'");
            }
        }
        return new Row(lineNumber, HttpMethod.valueOf(parts[0].toUpperCase()), parts[1], roles);
    }
}
