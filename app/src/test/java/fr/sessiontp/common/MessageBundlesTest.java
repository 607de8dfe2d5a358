package fr.sessiontp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key that a page or the code names exists in a French bundle, so no page shows a raw key. */
class MessageBundlesTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Messages\\.get|Refusal\\.of|Decision\\.refused)\\((?:RuleId\\.\\w+,\\s*)?\"([\\w.-]+)\"");

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = knownKeys();
        Set<String> missing = new TreeSet<>();
        scan(MAIN.resolve("resources/templates"), ".html", TEMPLATE_KEY, known, missing);
        scan(MAIN.resolve("java"), ".java", CODE_KEY, known, missing);
        assertThat(missing).as("message keys used but defined in no bundle").isEmpty();
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertThat(Messages.get("role.SESSION_MANAGER")).isEqualTo("responsable de session");
        assertThat(Messages.get("error.notFound")).contains("n'existe pas");
    }

    /**
     * A message without placeholders is shown as written (by the pages, and by {@link Messages#get} whatever the
     * arguments): a doubled apostrophe there would reach the user as « l''heure ». Messages with placeholders follow
     * MessageFormat and double it.
     */
    @Test
    void aMessageWithoutPlaceholdersWritesItsApostrophesOnce() throws IOException {
        Set<String> doubled = new TreeSet<>();
        for (String bundle : Messages.existingBundles()) {
            for (var entry : load(bundle).entrySet()) {
                String text = (String) entry.getValue();
                if (!text.contains("{") && text.contains("''")) {
                    doubled.add(bundle + ": " + entry.getKey());
                }
            }
        }
        assertThat(doubled).as("messages without placeholders with a doubled apostrophe").isEmpty();
        assertThat(Messages.get("planning.move.badTime")).startsWith("L'heure de début");
        assertThat(Messages.get("retention.refusal.A4.useReturnForm", 3)).contains("qu'avec l'autorisation");
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources/" + bundle + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> knownKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : Messages.existingBundles()) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        return keys;
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> known, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    // A key ending with a dot is a prefix completed at run time (e.g. "session.status." + status).
                    if (!matcher.group(1).endsWith(".") && !known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + root.relativize(file));
                    }
                }
            }
        }
    }
}
