package fr.sessiontp.planner.format;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** French user-facing messages, from {@code planner-messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("planner-messages", Locale.FRENCH);

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, Locale.FRENCH);
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as plain text, no thousands separators
            safe[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return format.format(safe);
    }
}
