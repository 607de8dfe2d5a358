package fr.sessiontp.audit;

import java.util.List;

/**
 * The result of one {@link IntegrityCheck}: a French name of what was checked, how many records, and one French message
 * per broken record (naming the record).
 */
public record IntegrityReport(String name, long recordsChecked, List<String> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
