package app.lantern.shared;

import java.util.List;

/**
 * Extension point: what a module offers the yearly report for a reporting year. Each module
 * implements it once; the report lists every block without knowing the modules by name.
 */
public interface YearlyFacts {

    /** The module's figure blocks for the year (usually one), each figure with the records it counts. */
    List<FigureBlock> factsFor(ReportingYear year);
}
