package fr.sessiontp.planner.format;

/** "HH:MM" ↔ minutes after midnight. */
public final class Times {
    private Times() {
    }

    /** @return minutes after midnight, or -1 when the text is not a valid "HH:MM" (24:00 allowed). */
    public static int parse(String text) {
        if (text == null || !text.matches("\\d{2}:\\d{2}")) {
            return -1;
        }
        int h = Integer.parseInt(text.substring(0, 2));
        int m = Integer.parseInt(text.substring(3));
        if (m > 59 || h > 24 || (h == 24 && m != 0)) {
            return -1;
        }
        return h * 60 + m;
    }

    public static String format(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
