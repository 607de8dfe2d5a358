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
                        syntaxError(e), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        e.getLocation() == null ? 0 : e.getLocation().getColumnNr()))));
            }
            return reader.apply(root);
        } catch (RuntimeException e) {
            // defensive: a bug must never escape as a stack trace to the user
            return ReadResult.failed(List.of(new FormatError("$", Messages.get("format.internal",
                    e.getClass().getSimpleName()))));
        }
    }

    /** The JSON syntax error in French (the parser's own English text is not shown). */
    static String syntaxError(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || m.contains("end-of-input")) {
            return Messages.get("format.syntax.eof");
        }
        java.util.regex.Matcher ch = java.util.regex.Pattern.compile("^Unexpected character \\('(.)'").matcher(m);
        if (ch.find()) return Messages.get("format.syntax.character", ch.group(1));
        java.util.regex.Matcher tok = java.util.regex.Pattern.compile("^Unrecognized token '([^']*)'").matcher(m);
        if (tok.find()) return Messages.get("format.syntax.unknownWord", tok.group(1));
        if (m.startsWith("Trailing token") || m.contains("trailing")) return Messages.get("format.syntax.trailing");
        if (m.startsWith("Illegal unquoted character") || m.contains("control character")) {
            return Messages.get("format.syntax.control");
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF")) return Messages.get("format.syntax.encoding");
        return Messages.get("format.syntax.other");
    }

    /** Why a file could not be read, in French (the system's own text is not shown). */
    static String ioError(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return Messages.get("format.io.missing");
        if (e instanceof java.nio.file.AccessDeniedException) return Messages.get("format.io.denied");
        if (e instanceof java.nio.charset.CharacterCodingException) return Messages.get("format.io.encoding");
        if (e instanceof java.io.IOException && e.getMessage() != null && e.getMessage().contains("directory")) {
            return Messages.get("format.io.directory");
        }
        return Messages.get("format.io.other");
    }
}
