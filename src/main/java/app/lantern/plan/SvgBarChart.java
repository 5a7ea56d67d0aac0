package app.lantern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The geometry of a horizontal grouped bar chart, drawn as SVG by {@code plan/budget-chart.html}.
 * Each group (a category or a partner) has its name on a line of its own above its bars, so long
 * names are never cut, and every bar is labelled with its series and value ("Actual £185,000"),
 * so neither colour nor the eye's reading of a length is needed to get the figure. The same
 * figures go into the chart's text alternative and into the data table beside it.
 * <p>
 * Coordinates are in the SVG's own units ({@link #WIDTH} wide); the page scales the whole drawing.
 */
record SvgBarChart(String id, String title, String description, List<Series> series, List<Group> groups, int width,
        int height) {

    static final int WIDTH = 480;
    static final int LABEL_HEIGHT = 20;
    static final int BAR_HEIGHT = 22;
    static final int BAR_GAP = 4;
    static final int GROUP_GAP = 18;
    /** Room to the right of the longest bar for its label, e.g. "Received £1,234,567". */
    static final int VALUE_SPACE = 170;
    static final int BAR_AREA = WIDTH - VALUE_SPACE;
    static final int MAX_LABEL = 55;

    /** Fills with at least 3:1 contrast against white (WCAG 1.4.11), told apart by their labels too. */
    private static final String[] FILLS = {"#505a5f", "#1d70b8", "#003078"};

    record Series(String name, String fill, int index) {
    }

    record Group(String label, double labelY, List<Bar> bars) {
    }

    record Bar(Series series, long value, double x, double y, double width, double height, double textX, double textY,
            String text) {
    }

    /** One row of figures: a group's label and its value in each series, in series order. */
    record Row(String label, long... values) {
    }

    /**
     * @param id         unique on the page; the title and description ids derive from it
     * @param seriesNames e.g. "Budget", "Actual"
     * @param format     how a value is written, e.g. whole pounds
     */
    static SvgBarChart of(String id, String title, List<String> seriesNames, List<Row> rows, LongFunction<String> format) {
        var series = new ArrayList<Series>();
        for (int i = 0; i < seriesNames.size(); i++) series.add(new Series(seriesNames.get(i), FILLS[i % FILLS.length], i));
        long max = 0;
        for (Row row : rows) {
            if (row.values().length != series.size()) throw new IllegalArgumentException("Each row needs one value per series");
            for (long v : row.values()) max = Math.max(max, v);
        }
        var groups = new ArrayList<Group>();
        var description = new StringBuilder(title).append('.');
        double y = 0;
        for (Row row : rows) {
            double barsTop = y + LABEL_HEIGHT + 4;
            var bars = new ArrayList<Bar>();
            var parts = new ArrayList<String>();
            for (Series s : series) {
                long value = row.values()[s.index()];
                double barY = barsTop + s.index() * (BAR_HEIGHT + BAR_GAP);
                double w = length(value, max);
                String text = s.name() + " " + format.apply(value);
                bars.add(new Bar(s, value, 0, barY, w, BAR_HEIGHT, round(w + 6), round(barY + BAR_HEIGHT / 2.0 + 5), text));
                parts.add(s.name().toLowerCase(java.util.Locale.UK) + " " + format.apply(value));
            }
            groups.add(new Group(shorten(row.label()), round(y + 15), bars));
            description.append(' ').append(row.label()).append(": ").append(String.join(", ", parts)).append('.');
            y = barsTop + series.size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + GROUP_GAP;
        }
        int height = rows.isEmpty() ? LABEL_HEIGHT : (int) Math.ceil(y - GROUP_GAP + 2);
        return new SvgBarChart(id, title, description.toString(), List.copyOf(series), List.copyOf(groups), WIDTH, height);
    }

    /** A bar's length: in proportion to the largest value; a value above nothing still shows as a sliver. */
    static double length(long value, long max) {
        if (value <= 0 || max <= 0) return 0;
        return Math.max(1, round((double) value / max * BAR_AREA));
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public String titleId() {
        return id + "-title";
    }

    public String descriptionId() {
        return id + "-desc";
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
