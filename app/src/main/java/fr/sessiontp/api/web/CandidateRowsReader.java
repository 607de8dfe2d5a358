package fr.sessiontp.api.web;

import fr.sessiontp.api.application.ImportSessionCandidates;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.CandidateRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /api/sessions/{id}/candidates}: a JSON array of at most
 * {@link ImportSessionCandidates#MAX_ROWS} objects whose fields are texts (or a number for {@code extraTimePercent}).
 * Anything else is refused with every wrong element and field, in French, before any rule is checked.
 */
final class CandidateRowsReader {

    static final List<String> FIELDS = List.of("birthName", "usageName", "firstNames", "identifier", "birthDate",
            "email", "accessRoute", "extraTimePercent", "adjustmentNote", "trainer");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);

    private final JsonMapper mapper;

    CandidateRowsReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    List<CandidateRow> read(String body) {
        if (body == null || body.isBlank()) {
            throw badRequest(Messages.get("api.error.emptyBody"), List.of());
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw badRequest(Messages.get("api.error.malformedJson",
                    location == null ? "?" : String.valueOf(location.getLineNr()),
                    location == null ? "?" : String.valueOf(location.getColumnNr())), List.of());
        }
        if (root == null || !root.isArray()) {
            throw badRequest(Messages.get("api.error.notAnArray"), List.of());
        }
        if (root.isEmpty()) {
            throw badRequest(Messages.get("api.error.emptyArray"), List.of());
        }
        if (root.size() > ImportSessionCandidates.MAX_ROWS) {
            throw badRequest(Messages.get("api.error.tooManyRows", ImportSessionCandidates.MAX_ROWS, root.size()),
                    List.of());
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        List<CandidateRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode element = root.get(i);
            if (!element.isObject()) {
                errors.add(new ApiProblem.FieldError(i, null, Messages.get("api.error.notAnObject")));
                continue;
            }
            for (Map.Entry<String, JsonNode> property : element.properties()) {
                JsonNode value = property.getValue();
                if (!KNOWN.contains(property.getKey())) {
                    errors.add(new ApiProblem.FieldError(i, property.getKey(),
                            Messages.get("api.error.unknownField", String.join(", ", FIELDS))));
                } else if (!(value.isNull() || value.isString()
                        || value.isNumber() && property.getKey().equals("extraTimePercent"))) {
                    errors.add(new ApiProblem.FieldError(i, property.getKey(), Messages.get("api.error.notText")));
                }
            }
            rows.add(new CandidateRow(text(element, "birthName"), text(element, "usageName"),
                    text(element, "firstNames"), text(element, "identifier"), text(element, "birthDate"),
                    text(element, "email"), text(element, "accessRoute"), text(element, "extraTimePercent"),
                    text(element, "adjustmentNote"), text(element, "trainer")));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return rows;
    }

    /** The field's text; a number's text as written (e.g. {@code 33} or {@code 33.5}, which the rules refuse). */
    private static String text(JsonNode element, String field) {
        JsonNode value = element.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        return value.isNumber() ? value.numberValue().toString() : null;
    }

    static ApiProblem invalid(List<ApiProblem.FieldError> errors) {
        return badRequest(Messages.get("api.error.invalidCandidates", errors.size()), errors);
    }

    static ApiProblem badRequest(String detail, List<ApiProblem.FieldError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, Messages.get("api.error.badRequest.title"), detail, errors);
    }
}
