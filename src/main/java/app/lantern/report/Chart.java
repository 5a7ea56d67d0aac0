package app.lantern.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bar chart of a block's percentages (attendance by organisation, shares of funding…), drawn as
 * SVG with a text alternative; the same figures are always in the table beside it, so the chart
 * adds a picture and takes nothing away from someone who cannot see it.
 */
record Chart(String title, String description, List<Bar> bars, int height) {

    static final int WIDTH = 600;
    static final int BAR = 22;
    static final int GAP = 8;
    static final int LABEL_WIDTH = 260;

    record Bar(String label, String value, int y, double width) {
    }

    /** A chart of the block's percentage figures, when it has at least two of them. */
    static Optional<Chart> of(ReportFigures.BlockView block) {
        var percents = block.rows().stream().filter(r -> r.value().endsWith("%")).toList();
        if (percents.size() < 2) return Optional.empty();
        var bars = new ArrayList<Bar>();
        int y = 0;
        for (var r : percents.subList(0, Math.min(percents.size(), 20))) {
            double pct = new BigDecimal(r.value().replace("%", "")).doubleValue();
            bars.add(new Bar(shorten(r.label()), r.value(), y, Math.max(0, Math.min(100, pct)) / 100 * (WIDTH - LABEL_WIDTH - 60)));
            y += BAR + GAP;
        }
        var text = new StringBuilder("Bar chart of " + block.title().toLowerCase(java.util.Locale.UK) + " percentages for " + block.year().label() + ": ");
        for (int i = 0; i < bars.size(); i++) {
            if (i > 0) text.append("; ");
            text.append(bars.get(i).label()).append(' ').append(bars.get(i).value());
        }
        text.append(". The same figures are in the table.");
        return Optional.of(new Chart(block.title() + " " + block.year().label(), text.toString(), List.copyOf(bars), y));
    }

    /** "Eastmere Police: meetings attended of…" is drawn as "Eastmere Police": the title says what the bars count. */
    private static String shorten(String label) {
        int colon = label.indexOf(": ");
        if (colon > 0) label = label.substring(0, colon);
        return label.length() <= 38 ? label : label.substring(0, 37) + "…";
    }
}
