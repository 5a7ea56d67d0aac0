package app.lantern.shared;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * One module's figures for a reporting year, as the yearly report lists them without knowing the
 * module: a title ("Actions"), the year, and the figures in the order the module gives them.
 */
public record FigureBlock(String title, ReportingYear year, List<Figure> figures) {

    public FigureBlock {
        figures = List.copyOf(figures);
    }

    /** The figure with this key. */
    public Figure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No figure " + key + " in " + title));
    }
}
