package fr.sessiontp.planner.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/** What both readers do first: parse the text, and turn malformed JSON or an unexpected failure into errors. */
final class FormatDocuments {

    private FormatDocuments() {
    }

    static <T> ReadResult<T> read(String json, Function<JsonNode, ReadResult<T>> reader) {
        try {
            JsonNode root;
            try {
                root = ProblemReader.MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                return ReadResult.failed(List.of(new FormatError("$", Messages.get("format.malformed",
                        e.getOriginalMessage(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        e.getLocation() == null ? 0 : e.getLocation().getColumnNr()))));
            }
            return reader.apply(root);
        } catch (RuntimeException e) {
            // defensive: a bug must never escape as a stack trace to the user
            return ReadResult.failed(List.of(new FormatError("$", Messages.get("format.internal", e.toString()))));
        }
    }
}
