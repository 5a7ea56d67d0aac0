package app.lantern.plan;

import java.util.Locale;
import java.util.Optional;

import app.lantern.shared.Labelled;

/** Other income and expenditure lines are alike: a heading, a description and two amounts. */
enum BudgetSection {
    INCOME("budget_income", "kind", "other income", "Other income line"),
    EXPENDITURE("budget_expenditure", "category", "expenditure", "Expenditure line");

    final String table;
    final String headingColumn;
    final String words;
    final String recordType;

    BudgetSection(String table, String headingColumn, String words, String recordType) {
        this.table = table;
        this.headingColumn = headingColumn;
        this.words = words;
        this.recordType = recordType;
    }

    /** "income" or "expenditure" as in the pages' addresses; empty for anything else. */
    static Optional<BudgetSection> fromPath(String path) {
        if ("income".equals(path)) return Optional.of(INCOME);
        if ("expenditure".equals(path)) return Optional.of(EXPENDITURE);
        return Optional.empty();
    }

    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    Enum<?> heading(String name) {
        return this == INCOME ? BudgetIncomeKind.valueOf(name) : BudgetCategory.valueOf(name);
    }

    String label(Enum<?> heading) {
        return ((Labelled) heading).label();
    }

    /** Whether the heading is one of this section's: a kind of income, or a category of spending. */
    boolean fits(Enum<?> heading) {
        return this == INCOME ? heading instanceof BudgetIncomeKind : heading instanceof BudgetCategory;
    }
}
