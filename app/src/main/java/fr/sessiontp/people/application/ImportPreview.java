package fr.sessiontp.people.application;

import java.util.List;

/**
 * What an import would do, before anything is saved: the report (every error, if any) and, when the file is
 * correct, the lines that would be imported, for the user to confirm.
 */
public record ImportPreview(ImportReport report, List<Line> lines) {

    /** One line that would be imported: its number in the file, the person's name, their key and a summary. */
    public record Line(int line, String name, String key, String details) {
    }

    public ImportPreview {
        lines = List.copyOf(lines);
    }

    public boolean ready() {
        return report.succeeded() && !lines.isEmpty();
    }
}
