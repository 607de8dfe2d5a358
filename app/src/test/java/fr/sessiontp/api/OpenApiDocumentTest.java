package fr.sessiontp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.security.ApiTokens;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document lists exactly the /api routes the application serves, with their methods. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyApiRouteIsDescribedAndEveryDescribedRouteIsServed() throws Exception {
        long centre = jdbc.sql("select min(id) from centre").query(Long.class).single();
        String secret = tokens.issue(centre, "OpenAPI", null, "test").secret();
        String document = mvc.perform(get("/api/openapi.json").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value("3.1.0"))
                .andReturn().getResponse().getContentAsString();

        Set<String> described = new TreeSet<>();
        JsonNode paths = JsonMapper.builder().build().readTree(document).get("paths");
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                described.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        served.add(method.name() + " " + pattern);
                    }
                    assertThat(info.getMethodsCondition().getMethods()).as(pattern + " has a method").isNotEmpty();
                }
            }
        });
        assertThat(served).isNotEmpty();
        assertThat(described).isEqualTo(served);
    }

    /**
     * What the linters of .ci/run (scripts/lint-openapi.sh) also check, here without Node.js: every object schema says
     * which of its fields are always there, and no pattern uses a regex syntax other languages reject ({@code \\p{…}}).
     */
    @Test
    void everyObjectSchemaListsItsRequiredFieldsAndEveryPatternIsPortable() throws Exception {
        JsonNode document;
        try (var in = getClass().getResourceAsStream("/api/openapi.json")) {
            document = JsonMapper.builder().build().readTree(in);
        }
        java.util.List<String> problems = new java.util.ArrayList<>();
        walk(document.get("components").get("schemas"), "#/components/schemas", problems);
        assertThat(problems).isEmpty();
    }

    private static void walk(JsonNode node, String path, java.util.List<String> problems) {
        if (node.isObject()) {
            if ("object".equals(node.path("type").asString("")) && node.has("properties") && !node.has("required")) {
                problems.add(path + ": no required list");
            }
            if (node.has("pattern") && node.get("pattern").asString().contains("\\p{")) {
                problems.add(path + ": pattern with \\p{…}");
            }
            for (var entry : node.properties()) {
                walk(entry.getValue(), path + "/" + entry.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, problems);
            }
        }
    }
}
