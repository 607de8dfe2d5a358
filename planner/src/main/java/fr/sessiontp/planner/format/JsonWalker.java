package fr.sessiontp.planner.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads typed values out of a Jackson tree, collecting every error with its JSON path. */
final class JsonWalker {
    final List<FormatError> errors = new ArrayList<>();

    /** False, with the error recorded, when the root is not an object or declares a format version other than 1. */
    boolean formatVersionOneObject(JsonNode root) {
        if (root == null || !root.isObject()) {
            error("$", "format.type.object");
            return false;
        }
        Integer version = integer(root, "$", "formatVersion", true);
        if (version != null && version != 1) {
            error("$.formatVersion", "format.version", version);
            return false;
        }
        return true;
    }

    void error(String path, String key, Object... args) {
        errors.add(new FormatError(path, Messages.get(key, args)));
    }

    static String child(String path, String field) {
        return path + "." + field;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** @return the field's node, or null (with a "missing" error when required). */
    JsonNode field(JsonNode obj, String path, String name, boolean required) {
        JsonNode n = obj.get(name);
        if (n == null || (n.isNull() && required)) {
            if (required) {
                error(child(path, name), "format.missing");
            }
            return null;
        }
        if (n.isNull()) {
            return null;
        }
        return n;
    }

    boolean isObject(JsonNode n, String path) {
        if (n != null && !n.isObject()) {
            error(path, "format.type.object");
            return false;
        }
        return n != null;
    }

    String string(JsonNode obj, String path, String name, boolean required) {
        JsonNode n = field(obj, path, name, required);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            error(child(path, name), "format.type.string");
            return null;
        }
        if (required && n.asText().isBlank()) {
            error(child(path, name), "format.blank");
            return null;
        }
        return n.asText();
    }

    Integer integer(JsonNode obj, String path, String name, boolean required) {
        JsonNode n = field(obj, path, name, required);
        if (n == null) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            error(child(path, name), "format.type.integer");
            return null;
        }
        return n.intValue();
    }

    Boolean bool(JsonNode obj, String path, String name) {
        JsonNode n = field(obj, path, name, false);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            error(child(path, name), "format.type.boolean");
            return null;
        }
        return n.booleanValue();
    }

    /** A time "HH:MM"; -1 when missing or invalid. */
    int time(JsonNode obj, String path, String name, boolean required) {
        String s = string(obj, path, name, required);
        if (s == null) {
            return -1;
        }
        int t = Times.parse(s);
        if (t < 0) {
            error(child(path, name), "format.time", s);
        }
        return t;
    }

    /** An array; each element converted by {@code each(elementNode, elementPath)}; null elements skipped. */
    <T> List<T> array(JsonNode obj, String path, String name, boolean required,
                      BiFunction<JsonNode, String, T> each) {
        JsonNode n = field(obj, path, name, required);
        if (n == null) {
            return required ? null : new ArrayList<>();
        }
        return arrayOf(n, child(path, name), each);
    }

    <T> List<T> arrayOf(JsonNode n, String path, BiFunction<JsonNode, String, T> each) {
        if (!n.isArray()) {
            error(path, "format.type.array");
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            T v = each.apply(n.get(i), index(path, i));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** Element converter for arrays of strings. */
    String stringElement(JsonNode n, String path) {
        if (n == null || !n.isTextual()) {
            error(path, "format.type.string");
            return null;
        }
        return n.asText();
    }

    /** Arrays of strings keep the element path so references can be checked later. */
    record Ref(String value, String path) {
    }

    List<Ref> refs(JsonNode obj, String path, String name) {
        List<Ref> r = array(obj, path, name, false, (n, p) -> {
            String s = stringElement(n, p);
            return s == null ? null : new Ref(s, p);
        });
        return r == null ? new ArrayList<>() : r;
    }
}
