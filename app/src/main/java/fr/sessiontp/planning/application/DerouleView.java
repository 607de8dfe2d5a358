package fr.sessiontp.planning.application;

import java.util.List;

/**
 * A déroulé ready to show: per day a timeline (one row per room and per person) and a table (hours, épreuve, room,
 * people present), the French explanations (violations and warnings with their rule IDs, costs) and the metrics.
 */
public record DerouleView(List<Day> days, List<String> problems, List<String> warnings, List<String> costs,
                         String metrics, List<Pair> pairs, List<SittingLine> sittings, List<String> roomIds,
                         List<String> dayIds) {

    /** {@code lunchFrom}..{@code lunchTo}: the lunch break's columns (both 0 without a lunch break). */
    public record Day(String date, String label, int columns, int lunchFrom, int lunchTo, List<HourMark> hours,
                      List<Row> rows, List<TableRow> table) {
    }

    public record HourMark(String label, int column) {
    }

    /** One line of the timeline; {@code kind} is room, candidate, jury, surveillant or responsable. */
    public record Row(String label, String kind, List<Block> blocks) {
    }

    /** A bar of the timeline, from column {@code from} (inclusive, 1-based) to {@code to} (exclusive). */
    public record Block(int from, int to, String text, String title, String css) {
    }

    public record TableRow(String hours, String activity, String room, String people, boolean pause) {
    }

    public record Pair(int index, int position, String members) {
    }

    /** A sitting as the adjust form lists it. */
    public record SittingLine(int index, String day, String start, String end, String room, String activity,
                              String people, boolean pinned) {
    }
}
