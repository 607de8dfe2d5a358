package fr.sessiontp.people;

import java.util.List;

/**
 * What an import of {@link CandidateRow}s did: either every row was imported ({@code importedIds}, in row order, no
 * error), or none was and {@code errors} lists every reason, row by row and field by field, in French.
 */
public record CandidateImport(List<Long> importedIds, List<RowError> errors) {

    /** Why a row is refused: its index (from 0, {@code null} for the whole import), the field, the value sent. */
    public record RowError(Integer index, String field, String value, String message) {
    }

    public CandidateImport {
        importedIds = List.copyOf(importedIds);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
