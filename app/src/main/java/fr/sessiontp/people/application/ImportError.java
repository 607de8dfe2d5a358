package fr.sessiontp.people.application;

/**
 * One reason why an imported file is refused: the line of the file (1 is the header line; {@code null} for the whole
 * file), the column's header, the value found and the reason, in French.
 */
public record ImportError(Integer line, String column, String value, String reason) {

    public static ImportError ofFile(String reason) {
        return new ImportError(null, null, null, reason);
    }
}
