package app.lantern.demo;


import org.springframework.stereotype.Component;

import app.lantern.identity.Access;
import app.lantern.identity.CurrentPerson;
import app.lantern.plan.BudgetCategory;
import app.lantern.plan.BudgetIncomeKind;
import app.lantern.plan.BudgetService;
import app.lantern.plan.BudgetStatus;
import app.lantern.shared.ReportingYear;

/**
 * Eastmere's budget for the four reporting years before the current one and the year now running
 * (2022–23 to 2026–27 when the demo loads in 2026–27), at the size of a real partnership's:
 * about £270,000 a year in, mostly from the three safeguarding partners (the council about half,
 * the ICB a quarter, the police a fifth, probation and youth justice a little), plus a grant and
 * training charges; spending on the business unit, scrutiny, running costs, training, practice
 * development and the website. Three years back spending ran about £34,000 over income and the
 * council covered it. The current year is agreed and part paid. All figures are invented.
 */
@Component
class EastmereBudget {

    private final BudgetService budget;
    private final Access access;
    private final DemoCalendar calendar;

    EastmereBudget(BudgetService budget, Access access, DemoCalendar calendar) {
        this.budget = budget;
        this.access = access;
        this.calendar = calendar;
    }

    void load(EastmereOrganisations.Orgs orgs) {
        var actor = access.person();
        var y = new Year(orgs, actor);

        y.start(4, "Income was £3,210 more than spending. The surplus was carried forward to " + calendar.year(3).label() + ".");
        y.contribution("council", 116_000, 116_000);
        y.contribution("icb", 58_500, 58_500);
        y.contribution("police", 47_000, 47_000);
        y.contribution("probation", 7_000, 7_000);
        y.contribution("youth-justice", 4_600, 4_600);
        y.income(BudgetIncomeKind.TRAINING_CHARGES, "Charges for single-agency safeguarding training for schools", 10_000, 10_270);
        y.income(BudgetIncomeKind.OTHER, "Places at the annual conference sold to neighbouring partnerships", 1_500, 1_400);
        y.expenditure(BudgetCategory.STAFFING, "Business unit salaries and on-costs", 178_000, 171_540);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Independent scrutineer", 23_000, 23_400);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Lay members' expenses", 1_200, 640);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Printing, travel and office costs", 9_000, 9_820);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Subscriptions and memberships", 2_000, 1_880);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Venue hire and catering for multi-agency training", 11_000, 10_160);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Annual safeguarding conference", 5_500, 5_870);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Independent reviewers for child safeguarding practice reviews", 10_000, 8_400);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Website hosting and development", 5_000, 4_730);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Online procedures manual licence", 3_600, 3_600);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "E-learning platform", 1_500, 1_520);

        y.start(3, "Eastmere Council covered the £34,310 shortfall from its children's services reserve, as the "
                + "Executive agreed in April " + calendar.year(2).startYear() + ". The partners have agreed to look again at how contributions are shared.");
        y.contribution("council", 121_850, 121_850);
        y.contribution("icb", 61_400, 61_400);
        y.contribution("police", 49_300, 49_300);
        y.contribution("probation", 7_250, 7_250);
        y.contribution("youth-justice", 4_800, 4_800);
        y.income(BudgetIncomeKind.GRANT, "Regional child exploitation pathfinder grant", 15_000, 15_000);
        y.income(BudgetIncomeKind.TRAINING_CHARGES, "Charges for single-agency safeguarding training for schools", 12_000, 9_640);
        y.income(BudgetIncomeKind.OTHER, "Places at the annual conference sold to neighbouring partnerships", 2_000, 2_150);
        y.expenditure(BudgetCategory.STAFFING, "Business unit salaries and on-costs", 186_000, 189_420);
        y.expenditure(BudgetCategory.STAFFING, "Agency cover for the learning and development officer", 0, 8_760);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Independent scrutineer", 24_000, 25_200);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Lay members' expenses", 1_200, 860);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Printing, travel and office costs", 9_500, 10_310);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Subscriptions and memberships", 2_000, 1_950);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Venue hire and catering for multi-agency training", 12_000, 13_880);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Annual safeguarding conference", 6_000, 7_240);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Trauma-informed practice programme for frontline staff", 15_000, 22_640);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Independent reviewers for child safeguarding practice reviews", 12_000, 14_900);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Website hosting and development", 5_500, 5_180);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Online procedures manual licence", 3_800, 3_800);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "E-learning platform", 1_500, 1_560);

        y.start(2, "Eastmere Council and NHS Eastmere Integrated Care Board each met half of the £20,255 shortfall, "
                + "from their safeguarding budgets.");
        y.contribution("council", 126_000, 126_000);
        y.contribution("icb", 63_500, 63_500);
        y.contribution("police", 51_000, 51_000);
        y.contribution("probation", 7_500, 7_500);
        y.contribution("youth-justice", 5_000, 5_000);
        y.income(BudgetIncomeKind.GRANT, "Regional child exploitation pathfinder grant", 8_000, 8_000);
        y.income(BudgetIncomeKind.TRAINING_CHARGES, "Charges for single-agency safeguarding training for schools", 12_000, 13_415);
        y.expenditure(BudgetCategory.STAFFING, "Business unit salaries and on-costs", 198_000, 199_870);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Independent scrutineer", 25_000, 25_000);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Lay members' expenses", 1_200, 1_090);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Printing, travel and office costs", 10_000, 9_460);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Subscriptions and memberships", 2_000, 2_120);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Venue hire and catering for multi-agency training", 13_000, 12_730);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Annual safeguarding conference", 6_500, 6_350);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Trauma-informed practice programme for frontline staff", 10_000, 11_200);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Independent reviewers for child safeguarding practice reviews", 12_000, 15_300);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Website hosting and development", 5_500, 5_970);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Online procedures manual licence", 4_000, 4_000);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "E-learning platform", 1_600, 1_580);

        y.start(1, "Income was £1,985 more than spending. The surplus is carried forward to " + calendar.year(0).label() + " for the "
                + "learning and development officer's training budget.");
        y.contribution("council", 131_000, 131_000);
        y.contribution("icb", 69_000, 69_000);
        y.contribution("police", 54_500, 54_500);
        y.contribution("probation", 7_500, 7_500);
        y.contribution("youth-justice", 5_000, 5_000);
        y.income(BudgetIncomeKind.TRAINING_CHARGES, "Charges for single-agency safeguarding training for schools", 13_500, 14_180);
        y.expenditure(BudgetCategory.STAFFING, "Business unit salaries and on-costs", 198_000, 197_610);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Independent scrutineer", 25_500, 25_500);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Lay members' expenses", 1_200, 980);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Printing, travel and office costs", 9_500, 9_230);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Subscriptions and memberships", 2_100, 2_100);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Venue hire and catering for multi-agency training", 12_000, 11_420);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Annual safeguarding conference", 6_500, 6_990);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Independent reviewers for child safeguarding practice reviews", 12_000, 10_600);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Neglect toolkit refresh", 4_000, 3_720);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Website hosting and development", 5_500, 5_190);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Online procedures manual licence", 4_200, 4_200);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "E-learning platform", 1_600, 1_655);

        // The year now running: agreed in March, contributions part paid, spending to date.
        y.start(0, null);
        y.contribution("council", 134_500, 134_500);
        y.contribution("icb", 70_500, 35_250);
        y.contribution("police", 56_000, 28_000);
        y.contribution("probation", 7_700, 0);
        y.contribution("youth-justice", 5_000, 5_000);
        y.income(BudgetIncomeKind.OTHER, "Surplus brought forward from " + calendar.year(1).label(), 1_985, 1_985);
        y.income(BudgetIncomeKind.TRAINING_CHARGES, "Charges for single-agency safeguarding training for schools", 14_000, 6_310);
        y.expenditure(BudgetCategory.STAFFING, "Business unit salaries and on-costs", 216_000, 122_480);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Independent scrutineer", 26_000, 13_000);
        y.expenditure(BudgetCategory.SCRUTINY_AND_LAY_MEMBERS, "Lay members' expenses", 1_200, 410);
        y.expenditure(BudgetCategory.OPERATING_COSTS, "Printing, travel and office costs", 9_500, 5_040);
        y.expenditure(BudgetCategory.TRAINING_AND_EVENTS, "Venue hire and catering for multi-agency training", 12_500, 6_880);
        y.expenditure(BudgetCategory.PRACTICE_DEVELOPMENT, "Independent reviewers for child safeguarding practice reviews", 12_000, 4_500);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Website hosting and development", 5_500, 2_740);
        y.expenditure(BudgetCategory.WEBSITE_AND_TOOLS, "Online procedures manual licence", 4_300, 4_300);
    }

    /** Adds one year's lines in whole pounds, through the budget's public service as the business unit would. */
    private final class Year {
        private final EastmereOrganisations.Orgs orgs;
        private final CurrentPerson actor;
        private ReportingYear year;

        Year(EastmereOrganisations.Orgs orgs, CurrentPerson actor) {
            this.orgs = orgs;
            this.actor = actor;
        }

        void start(int yearsAgo, String balanceExplanation) {
            year = calendar.year(yearsAgo);
            budget.createYear(year, BudgetStatus.AGREED, balanceExplanation, null, actor);
        }

        void contribution(String orgKey, long agreedPounds, long receivedPounds) {
            budget.addContribution(year, orgs.id(orgKey), agreedPounds * 100, receivedPounds * 100, actor);
        }

        void income(BudgetIncomeKind kind, String description, long budgetedPounds, long actualPounds) {
            budget.addIncome(year, kind, description, budgetedPounds * 100, actualPounds * 100, actor);
        }

        void expenditure(BudgetCategory category, String description, long budgetedPounds, long actualPounds) {
            budget.addExpenditure(year, category, description, budgetedPounds * 100, actualPounds * 100, actor);
        }
    }
}
