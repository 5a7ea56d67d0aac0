package app.lantern.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.lantern.actions.WeeklyDigest;
import app.lantern.identity.RunAs;
import app.lantern.identity.UserAdministration;
import app.lantern.shared.DemoMode;

/**
 * Loads Eastmere once, into an empty database, in one transaction: either all of it or none.
 * Runs before the application reports itself ready, so the first page already shows it.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode demoMode;
    private final UserAdministration accounts;
    private final TransactionTemplate transactions;
    private final EastmereOrganisations organisations;
    private final EastmerePeople people;
    private final EastmereCommittees committees;
    private final EastmerePlan plan;
    private final EastmereActions actions;
    private final EastmereBudget budget;
    private final EastmereIncidents incidents;
    private final EastmereLearning learning;
    private final WeeklyDigest digest;
    private final EastmereCaseReviews caseReviews;
    private final EastmereReports reports;
    private final RunAs runAs;

    DemoDataLoader(DemoMode demoMode, UserAdministration accounts, TransactionTemplate transactions,
            EastmereOrganisations organisations, EastmerePeople people, EastmereCommittees committees, EastmerePlan plan,
            EastmereActions actions, EastmereBudget budget, EastmereIncidents incidents, WeeklyDigest digest,
            EastmereCaseReviews caseReviews, EastmereLearning learning, EastmereReports reports, RunAs runAs) {
        this.runAs = runAs;
        this.incidents = incidents;
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.transactions = transactions;
        this.organisations = organisations;
        this.people = people;
        this.committees = committees;
        this.plan = plan;
        this.actions = actions;
        this.budget = budget;
        this.learning = learning;
        this.digest = digest;
        this.caseReviews = caseReviews;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) return;
        if (accounts.anyAccountExists()) return;
        long started = System.nanoTime();
        transactions.executeWithoutResult(tx -> {
            var orgs = organisations.load();
            var staff = people.load(orgs);
            // Everything after the people exist is done as the business unit, signed in, so each
            // record's history names the person who, in the story, did it.
            runAs.run(EastmerePeople.BUSINESS_UNIT_EMAIL, businessUnit -> loadAsBusinessUnit(orgs, staff));
        });
        log.info("Loaded the Eastmere demo partnership in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void loadAsBusinessUnit(EastmereOrganisations.Orgs orgs, EastmerePeople.Staff staff) {
        var meetings = committees.load(orgs, staff);
        plan.load(orgs, staff);
        actions.load(orgs, staff, meetings);
        budget.load(orgs);
        var incidentsLoaded = incidents.load(orgs, staff);
        learning.load(orgs, incidentsLoaded, caseReviews.load(orgs, staff, incidentsLoaded));
        digest.keepDemoDigest(); // the outbox shows the digests of whatever actions the demo has
        reports.load(staff); // last: publishing freezes every other module's figures as they now stand
    }
}
