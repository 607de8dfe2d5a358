package fr.sessiontp.people.application;

import java.util.List;

/**
 * What an import did: either every line was imported ({@code imported} rows, no error), or nothing was, and
 * {@code errors} lists every reason, line by line.
 */
public record ImportReport(int lines, int imported, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public static ImportReport refused(int lines, List<ImportError> errors) {
        return new ImportReport(lines, 0, errors);
    }

    public static ImportReport refused(String reason) {
        return new ImportReport(0, 0, List.of(ImportError.ofFile(reason)));
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
