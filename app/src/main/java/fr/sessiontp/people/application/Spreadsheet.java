package fr.sessiontp.people.application;

import java.util.List;

/** A table read from an uploaded file: its header line and its data lines, with the file's line numbers. */
public record Spreadsheet(List<String> headers, List<Row> rows) {

    /** A data line: its number in the file (the header is line 1) and its cells, as text. */
    public record Row(int line, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }
}
