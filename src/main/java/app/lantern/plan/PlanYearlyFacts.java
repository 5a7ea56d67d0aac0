package app.lantern.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.lantern.actions.ActionStatus;
import app.lantern.actions.ActionSummary;
import app.lantern.shared.Figure;
import app.lantern.shared.FigureBlock;
import app.lantern.shared.Rag;
import app.lantern.shared.RecordLink;
import app.lantern.shared.ReportingYear;
import app.lantern.shared.YearlyFacts;

/**
 * What the yearly report reads from this module for a year: the business plan that covered it,
 * with its actions counted by status and rating per priority, and the money in the year's budget.
 * A year without a plan or a budget gives its block no figures, so the report says none was
 * recorded rather than printing noughts.
 * <p>
 * A priority's actions are those raised against its objectives that still belong to it; the
 * unfinished ones carried forward to the next plan are counted apart ("carried forward") and not
 * again, since the next plan reports them. Statuses and ratings are as they stand on the day the
 * facts are read. Money is what was actually received and spent, unless the figure says "budgeted"
 * or "agreed"; shares are of all agreed (or received) contributions, to one decimal place.
 */
@Component
@Transactional(readOnly = true)
class PlanYearlyFacts implements YearlyFacts {

    static final String PLAN_BLOCK = "Business plan";
    static final String BUDGET_BLOCK = "Budget";
    static final String NEXT_BLOCK = "Next year's priorities";

    private final PlanStore plans;
    private final PlanActions actions;
    private final PlanProgress progress;
    private final BudgetStore budgets;

    PlanYearlyFacts(PlanStore plans, PlanActions actions, PlanProgress progress, BudgetStore budgets) {
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.budgets = budgets;
    }

    @Override
    public List<FigureBlock> factsFor(ReportingYear year) {
        return List.of(planBlock(year), budgetBlock(year), nextYearBlock(year));
    }

    /** The priorities of the plan covering the year after: what the report promises next. */
    FigureBlock nextYearBlock(ReportingYear year) {
        var plan = plans.covering(year.next().startYear()).orElse(null);
        if (plan == null) return new FigureBlock(NEXT_BLOCK, year, List.of());
        var priorities = plans.priorities(plan.id());
        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("next.priorities", "Priorities for " + year.next().label() + " in " + plan.title(), priorities.stream()
                .map(p -> new RecordLink("Priority " + p.number() + ": " + p.title(), "/plan/" + plan.id() + "#priority-" + p.id()))
                .toList()));
        for (var p : priorities) {
            figures.add(Figure.count("next.priority." + p.number() + ".objectives", "Priority " + p.number() + ", " + p.title()
                    + ": objectives", plans.objectivesOfPlan(plan.id()).stream().filter(o -> o.priorityId() == p.id())
                    .map(o -> new RecordLink(o.title(), "/plan/" + plan.id() + "#objective-" + o.id())).toList()));
        }
        return new FigureBlock(NEXT_BLOCK, year, figures);
    }

    FigureBlock planBlock(ReportingYear year) {
        var plan = plans.covering(year.startYear()).orElse(null);
        if (plan == null) return new FigureBlock(PLAN_BLOCK, year, List.of());
        var priorities = plans.priorities(plan.id());
        var objectives = plans.objectivesOfPlan(plan.id());
        var lines = actions.linesOf(objectives);
        var facts = progress.priorityFacts(priorities, objectives, lines, year);
        var known = new HashMap<Long, ActionSummary>();
        lines.values().forEach(list -> list.forEach(l -> known.put(l.action().id(), l.action())));

        var planLink = new RecordLink(plan.title(), "/plan/" + plan.id());
        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("plan.plans", "Business plans covering the year", List.of(planLink)));
        figures.add(Figure.count("plan.approved", "Approved business plans covering the year",
                plan.status().everApproved() ? List.of(planLink) : List.of()));
        figures.add(Figure.count("plan.priorities", "Priorities in the plan", priorities.stream()
                .map(p -> new RecordLink("Priority " + p.number() + ": " + p.title(), "/plan/" + plan.id() + "#priority-" + p.id()))
                .toList()));
        var numbers = new HashMap<Long, Integer>();
        priorities.forEach(p -> numbers.put(p.id(), p.number()));
        figures.add(Figure.count("plan.objectives", "Objectives in the plan", objectives.stream()
                .map(o -> new RecordLink("Objective " + PlanRules.objectiveLabel(numbers.get(o.priorityId()), o.number()) + ": "
                        + o.title(), "/plan/" + plan.id() + "#objective-" + o.id()))
                .toList()));

        var all = new ActionCounts();
        for (var f : facts) all.add(f);
        figures.addAll(all.figures("plan.actions", "", known));
        for (var f : facts) {
            var one = new ActionCounts();
            one.add(f);
            figures.addAll(one.figures("plan.priority." + f.number(), "Priority " + f.number() + ": ", known));
            String progressPage = "/plan/progress?year=" + year.slug() + "#priority-" + f.priorityId();
            figures.add(Figure.count("plan.priority." + f.number() + ".achievements",
                    "Priority " + f.number() + ": achievements recorded for the year",
                    f.achievements().stream().map(a -> new RecordLink(a, progressPage)).toList()));
        }
        return new FigureBlock(PLAN_BLOCK, year, figures);
    }

    /** Action ids counted by what a figure says about them, for the whole plan or one priority. */
    private static final class ActionCounts {
        final List<Long> actions = new ArrayList<>();
        final Map<ActionStatus, List<Long>> byStatus = new HashMap<>();
        final Map<Rag, List<Long>> byRag = new HashMap<>();
        final List<Long> overdue = new ArrayList<>();
        final List<Long> carried = new ArrayList<>();

        void add(PriorityFacts f) {
            actions.addAll(f.actions());
            f.byStatus().forEach((s, ids) -> byStatus.computeIfAbsent(s, k -> new ArrayList<>()).addAll(ids));
            f.byRag().forEach((r, ids) -> byRag.computeIfAbsent(r, k -> new ArrayList<>()).addAll(ids));
            overdue.addAll(f.overdue());
            carried.addAll(f.carriedForward());
        }

        List<Figure> figures(String key, String label, Map<Long, ActionSummary> known) {
            var figures = new ArrayList<Figure>();
            figures.add(Figure.count(key, label + "actions (not counting those carried forward)", links(actions, known)));
            for (var s : ActionStatus.values()) {
                figures.add(Figure.count(key + ".status." + s.name(), label + "actions " + s.label().toLowerCase(java.util.Locale.UK),
                        links(byStatus.getOrDefault(s, List.of()), known)));
            }
            for (var r : Rag.values()) {
                figures.add(Figure.count(key + ".rag." + r.name(), label + "actions rated " + r.label(),
                        links(byRag.getOrDefault(r, List.of()), known)));
            }
            figures.add(Figure.count(key + ".overdue", label + "actions overdue", links(overdue, known)));
            figures.add(Figure.count(key + ".carried-forward", label + "unfinished actions carried forward to the next plan",
                    links(carried, known)));
            return figures;
        }

        private static List<RecordLink> links(List<Long> ids, Map<Long, ActionSummary> known) {
            return ids.stream().map(id -> {
                var a = known.get(id);
                return new RecordLink(a == null ? String.format("A-%04d", id) : a.reference() + " " + a.title(), "/actions/" + id);
            }).toList();
        }
    }

    FigureBlock budgetBlock(ReportingYear year) {
        var sheet = budgets.sheet(year).orElse(null);
        if (sheet == null) return new FigureBlock(BUDGET_BLOCK, year, List.of());
        var page = List.of(new RecordLink("Budget " + year.label(), sheet.path()));
        var contributions = List.of(new RecordLink("Contributions to the " + year.label() + " budget", sheet.path() + "#contributions"));
        var income = List.of(new RecordLink("Other income in the " + year.label() + " budget", sheet.path() + "#income"));
        var expenditure = List.of(new RecordLink("Expenditure in the " + year.label() + " budget", sheet.path() + "#expenditure"));

        var figures = new ArrayList<Figure>();
        figures.add(Figure.count("budget.agreed", "Budgets agreed by the partners for the year",
                sheet.status() == BudgetStatus.AGREED ? page : List.of()));
        figures.add(pounds("budget.contributions.agreed", "Contributions agreed", sheet.contributionsAgreed(), contributions));
        figures.add(pounds("budget.contributions.received", "Contributions received", sheet.contributionsReceived(), contributions));
        figures.add(pounds("budget.other-income.budgeted", "Other income budgeted", sheet.otherIncomeBudgeted(), income));
        figures.add(pounds("budget.other-income.received", "Other income received", sheet.otherIncomeActual(), income));
        figures.add(pounds("budget.income.budgeted", "Income budgeted (contributions agreed and other income budgeted)",
                sheet.incomeBudgeted(), page));
        figures.add(pounds("budget.income.received", "Income received (contributions and other income)", sheet.incomeActual(), page));
        figures.add(pounds("budget.expenditure.budgeted", "Expenditure budgeted", sheet.expenditureBudgeted(), expenditure));
        figures.add(pounds("budget.expenditure.spent", "Expenditure", sheet.expenditureActual(), expenditure));
        figures.add(pounds("budget.balance", "Income less expenditure (below £0: a deficit)", sheet.balanceActual(), page));
        figures.add(pounds("budget.deficit", "Deficit (£0 when income covered expenditure)", Math.max(0, -sheet.balanceActual()), page));
        for (var c : sheet.contributions()) {
            String key = "budget.contribution." + c.organisationId();
            figures.add(pounds(key + ".agreed", c.organisation() + ": contribution agreed", c.agreed(), contributions));
            figures.add(pounds(key + ".received", c.organisation() + ": contribution received", c.received(), contributions));
            figures.add(share(key + ".agreed-share", c.organisation() + ": share of contributions agreed", c.agreedShare(), contributions));
            figures.add(share(key + ".received-share", c.organisation() + ": share of contributions received", c.receivedShare(),
                    contributions));
        }
        for (var i : sheet.byKind()) {
            String key = "budget.other-income." + i.kind().name();
            figures.add(pounds(key + ".budgeted", i.kind().label() + ": budgeted", i.budgetedPence(), income));
            figures.add(pounds(key + ".received", i.kind().label() + ": received", i.actualPence(), income));
        }
        for (var s : sheet.byCategory()) {
            String key = "budget.expenditure." + s.category().name();
            figures.add(pounds(key + ".budgeted", s.category().label() + ": budgeted", s.budgetedPence(), expenditure));
            figures.add(pounds(key + ".spent", s.category().label() + ": spent", s.actualPence(), expenditure));
        }
        return new FigureBlock(BUDGET_BLOCK, year, figures);
    }

    private static Figure pounds(String key, String label, long pence, List<RecordLink> records) {
        return Figure.pounds(key, label, BigDecimal.valueOf(pence, 2), records);
    }

    private static Figure share(String key, String label, BigDecimal percent, List<RecordLink> records) {
        return new Figure(key, label, percent, Figure.Unit.PERCENT, records);
    }
}
