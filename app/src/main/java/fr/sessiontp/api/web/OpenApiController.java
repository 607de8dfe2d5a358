package fr.sessiontp.api.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI 3.1 description of the API, written by hand in {@code api/openapi.json} (a test checks that it lists
 * exactly the {@code /api} routes the application serves): for API clients, and for the centre's ADMIN from the
 * tokens page.
 */
@RestController
class OpenApiController {

    static final String DOCUMENT = "api/openapi.json";

    private final byte[] document;

    OpenApiController() throws IOException {
        try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
            document = in.readAllBytes();
        }
    }

    @GetMapping({"/api/openapi.json", "/admin/api-tokens/openapi.json"})
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
