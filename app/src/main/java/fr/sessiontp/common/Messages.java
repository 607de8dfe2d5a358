package fr.sessiontp.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The French message bundles, one per module ({@code messages.properties} for what the layout shares,
 * {@code messages-<module>.properties} for each module), for plain-Java domain code. Web pages read
 * the same bundles through Spring's MessageSource, configured from {@link #BUNDLES}.
 */
public final class Messages {

    public static final List<String> BUNDLES = List.of(
            "messages", "messages-referential", "messages-centre", "messages-people", "messages-session",
            "messages-security", "messages-audit", "messages-demo", "messages-planning", "messages-conduct",
            "messages-evaluation", "messages-reports", "messages-closing", "messages-documents", "messages-results",
            "messages-retention", "messages-api", "messages-operations");

    private static final Locale FRENCH = Locale.FRANCE;

    private Messages() {
    }

    /** The bundles that exist on the class path, in {@link #BUNDLES} order. */
    public static List<String> existingBundles() {
        return BUNDLES.stream()
                .filter(name -> Messages.class.getClassLoader().getResource(name + ".properties") != null)
                .toList();
    }

    /**
     * The French text of a key. A message with placeholders ({@code {0}}…) follows {@link MessageFormat}, where an
     * apostrophe is doubled; a message without any is returned as written, whatever arguments are passed, so that its
     * apostrophes are written once (as Thymeleaf and Spring show a message without arguments).
     */
    public static String get(String code, Object... args) {
        String pattern = find(code);
        return args.length == 0 || !pattern.contains("{") ? pattern : new MessageFormat(pattern, FRENCH).format(args);
    }

    private static String find(String code) {
        for (String name : existingBundles()) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, FRENCH);
            if (bundle.containsKey(code)) {
                return bundle.getString(code);
            }
        }
        throw new MissingResourceException("No French message for key " + code, "messages", code);
    }
}
