package app.lantern.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.YearlyFacts;

/**
 * The live figure blocks every module offers for a year, each figure beside last year's value and
 * the change. The report knows no module: it lists the blocks of every {@link YearlyFacts} bean,
 * so a module added later offers its blocks without any change here.
 */
@Component
class ReportFigures {

    /** How many of the records behind a figure a page lists; the rest are counted. */
    static final int LINKS_SHOWN = 25;

    private final List<YearlyFacts> modules;

    ReportFigures(List<YearlyFacts> modules) {
        this.modules = List.copyOf(modules);
    }

    /** The blocks on offer for the year, by title, in the modules' order. */
    Map<String, FigureBlock> blocks(ReportingYear year) {
        var blocks = new LinkedHashMap<String, FigureBlock>();
        for (var module : modules) {
            for (var block : module.factsFor(year)) blocks.putIfAbsent(block.title(), block);
        }
        return blocks;
    }

    /** The year's blocks with last year's values beside them. */
    Offered offered(ReportingYear year) {
        return new Offered(year, blocks(year), blocks(year.previous()));
    }

    /** Figures of a year and the year before, ready to compare. */
    record Offered(ReportingYear year, Map<String, FigureBlock> current, Map<String, FigureBlock> previous) {

        List<String> titles() {
            return List.copyOf(current.keySet());
        }

        /** The block called {@code title} as a table; empty when no module offers it this year. */
        Optional<BlockView> view(String title) {
            var block = current.get(title);
            if (block == null) return Optional.empty();
            var before = new HashMap<String, Figure>();
            var last = previous.get(title);
            if (last != null) last.figures().forEach(f -> before.put(f.key(), f));
            var rows = new ArrayList<Row>();
            for (var f : block.figures()) rows.add(Row.of(f, before.get(f.key())));
            return Optional.of(new BlockView(title, year, rows));
        }
    }

    /** A block as the draft and the published report show it. */
    record BlockView(String title, ReportingYear year, List<Row> rows) {

        public String previousYearLabel() {
            return year.previous().label();
        }
    }

    /**
     * One figure: its value, last year's value ("–" when there was none) and the change in words a
     * screen reader reads the same as the eye ("up 3", "down £1,200", "no change").
     */
    record Row(String key, String label, String value, String previous, String change, int recordCount, List<RecordLink> records) {

        static Row of(Figure now, Figure before) {
            String previous = before == null ? "–" : before.display();
            String change = before == null ? "not recorded last year" : change(now, before);
            var links = now.records().size() > LINKS_SHOWN ? now.records().subList(0, LINKS_SHOWN) : now.records();
            return new Row(now.key(), now.label(), now.display(), previous, change, now.records().size(), List.copyOf(links));
        }

        private static String change(Figure now, Figure before) {
            BigDecimal diff = now.value().subtract(before.value());
            if (diff.signum() == 0) return "no change";
            String direction = diff.signum() > 0 ? "up " : "down ";
            BigDecimal size = diff.abs();
            return direction + switch (now.unit()) {
                case COUNT -> NumberFormat.getIntegerInstance(Locale.UK).format(size);
                case PERCENT -> size.stripTrailingZeros().toPlainString() + (size.compareTo(BigDecimal.ONE) == 0 ? " percentage point"
                        : " percentage points");
                case POUNDS -> Figure.pounds(now.key(), now.label(), size, List.of()).display();
            };
        }

        public int moreRecords() {
            return recordCount - records.size();
        }
    }
}
