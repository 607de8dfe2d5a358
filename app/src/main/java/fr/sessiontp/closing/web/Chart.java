package fr.sessiontp.closing.web;

import fr.sessiontp.closing.persistence.RegionalQueries.Rates;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG on the server: one bar per title, its length the success rate (whole
 * title, among present candidates). The page gives the same figures in a table, the chart's text alternative.
 */
record Chart(int width, int height, List<Bar> bars) {

    static final int LABEL = 130;
    static final int BAR_AREA = 300;
    static final int ROW = 26;

    record Bar(String label, String title, int percent, int y, int length, int textX) {
    }

    static Chart of(List<Rates> rates) {
        List<Rates> shown = rates.stream().limit(30).toList();
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Rates r = shown.get(i);
            int length = Math.round(BAR_AREA * r.successPercent() / 100f);
            bars.add(new Bar(r.key(), r.label(), r.successPercent(), 10 + i * ROW, length, LABEL + length + 6));
        }
        return new Chart(LABEL + BAR_AREA + 50, 20 + shown.size() * ROW, bars);
    }
}
