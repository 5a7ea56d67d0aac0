package app.lantern.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.lantern.LanternIntegrationTest;
import app.lantern.identity.CurrentPerson;
import app.lantern.identity.RunAs;
import app.lantern.shared.EditConflicts;
import app.lantern.identity.OrganisationDirectory;
import app.lantern.identity.People;
import app.lantern.shared.ReportingYear;

/**
 * The budget pages as people use them. Tests that change a budget make a year of their own far in
 * the future, because every integration test shares one database and the demo's years are read by
 * other tests.
 */
@LanternIntegrationTest
@WithUserDetails("business.unit@eastmere.example")
class BudgetPagesIT {

    @Autowired MockMvc mvc;
    @Autowired BudgetService budgets;
    @Autowired BudgetLines lines;
    @Autowired BudgetStore store;
    @Autowired RunAs runAs;
    @Autowired People people;
    @Autowired OrganisationDirectory organisations;
    @Autowired JdbcClient jdbc;

    /** A year no other test uses. */
    ReportingYear freshYear() {
        int last = jdbc.sql("SELECT COALESCE(max(start_year), 2099) FROM budget WHERE start_year >= 2100").query(Integer.class).single();
        return new ReportingYear(last + 1);
    }

    /** The person as the security context holds them: a service checks the signed-in person, so a test signs in as them. */
    CurrentPerson actor(String email) {
        return runAs.as(email, p -> p);
    }

    CurrentPerson businessUnit() {
        return actor("business.unit@eastmere.example");
    }

    BudgetSheet sheet(ReportingYear year) {
        return store.sheet(year).orElseThrow();
    }

    long organisation(String name) {
        return organisations.choices().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    ReportingYear aYear() {
        var year = freshYear();
        budgets.createYear(year, BudgetStatus.DRAFT, null, null, businessUnit());
        return year;
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    String redirectOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    long deniedCount(String email) {
        return jdbc.sql("SELECT count(*) FROM activity_log WHERE actor_email = ? AND action = 'ACCESS_DENIED'")
                .param(email).query(Long.class).single();
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_reads_the_budget_but_is_refused_every_change_and_the_refusal_is_logged() throws Exception {
        var list = page(get("/budget"));
        assertThat(list.select("table a").eachText()).contains("2023–24", "2022–23");
        assertThat(list.select("a[href='/budget/new']")).isEmpty();
        var year = page(get("/budget/2023-24"));
        assertThat(year.select("h1").text()).startsWith("Financial year 2023–24");
        assertThat(year.select("a:contains(Change), a:contains(Add)")).isEmpty();

        long before = deniedCount("agency.lead@eastmere.example");
        mvc.perform(get("/budget/new")).andExpect(status().isForbidden());
        mvc.perform(get("/budget/2023-24/contributions/new")).andExpect(status().isForbidden());
        mvc.perform(post("/budget/2023-24/expenditure/new").with(csrf()).param("heading", "STAFFING")
                .param("description", "Sneaked in").param("budgeted", "1")).andExpect(status().isForbidden());
        mvc.perform(post("/budget/2023-24/edit").with(csrf()).param("year", "2023-24").param("status", "DRAFT")
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(deniedCount("agency.lead@eastmere.example")).isEqualTo(before + 4);
        assertThat(store.year(ReportingYear.parse("2023-24")).orElseThrow().status()).isEqualTo(BudgetStatus.AGREED);

        // the service refuses too, whatever way in
        var agencyLead = actor("agency.lead@eastmere.example");
        assertThatThrownBy(() -> budgets.addExpenditure(ReportingYear.parse("2023-24"), BudgetCategory.STAFFING, "Sneaked in",
                100, 100, agencyLead)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_year_page_has_tables_and_charts_each_with_a_text_alternative_and_no_inline_style() throws Exception {
        var doc = page(get("/budget/2023-24"));

        var charts = doc.select("svg[role=img]");
        assertThat(charts).hasSize(2);
        for (var svg : charts) {
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertThat(ids).hasSize(2);
            assertThat(svg.selectFirst("title#" + ids[0]).text()).isNotBlank();
            assertThat(svg.selectFirst("desc#" + ids[1]).text()).isNotBlank();
            assertThat(svg.select("rect")).isNotEmpty().allSatisfy(r -> assertThat(r.attr("fill")).startsWith("#"));
            // a data table with the same figures follows the chart
            assertThat(svg.parent().nextElementSibling().select("table caption").text()).isNotBlank();
        }
        String expenditureDesc = doc.selectFirst("#expenditure-chart-desc").text();
        assertThat(expenditureDesc).contains("Staffing: budget £186,000, actual £198,180.");
        assertThat(doc.select("#expenditure-chart-title").text()).isEqualTo("Expenditure by category in 2023–24, budget and actual");
        assertThat(doc.select("svg text").eachText()).contains("Actual £198,180", "Received £121,850");
        assertThat(doc.select("[style]")).isEmpty();

        assertThat(doc.select("table:has(caption:contains(Contributions by organisation)) tbody tr").first().text())
                .isEqualTo("Eastmere Council £121,850 49.8% £121,850 Paid in full Change Eastmere Council's contribution");
        assertThat(doc.select("table:has(caption:contains(Budget against actual)) tr:contains(Surplus or deficit)").text())
                .isEqualTo("Surplus or deficit Deficit of £4,900 Deficit of £34,310");
        assertThat(doc.select(".govuk-summary-list").text())
                .contains("How the deficit was covered", "Eastmere Council covered the £34,310 shortfall");
    }

    @Test
    void wrong_amounts_get_GOV_UK_errors_with_what_was_typed_kept_and_an_organisation_is_counted_once_a_year() throws Exception {
        var year = aYear();
        long council = organisation("Eastmere Council");
        String path = "/budget/" + year.slug() + "/contributions/new";

        var error = page(post(path).with(csrf()).param("organisationId", String.valueOf(council))
                .param("agreed", "12,000.555").param("received", "-5"));
        assertThat(error.title()).startsWith("Error: ");
        assertThat(error.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#agreed", "#received");
        assertThat(error.select(".govuk-error-summary a").eachText()).containsExactly(
                "Agreed amount must be an amount of money, like 12,000 or 12000.50", "Amount received must be £0 or more");
        assertThat(error.getElementById("agreed").val()).isEqualTo("12,000.555");
        assertThat(error.getElementById("received").val()).isEqualTo("-5");
        assertThat(error.select("#organisationId option[selected]").val()).isEqualTo(String.valueOf(council));

        assertThat(redirectOf(post(path).with(csrf()).param("organisationId", String.valueOf(council))
                .param("agreed", "£12,000.50").param("received", ""))).isEqualTo("/budget/" + year.slug() + "#contributions");
        assertThat(sheet(year).contributionsAgreed()).isEqualTo(1_200_050);
        assertThat(sheet(year).contributionsReceived()).isZero();

        var twice = page(post(path).with(csrf()).param("organisationId", String.valueOf(council)).param("agreed", "5,000"));
        assertThat(twice.select(".govuk-error-summary a").attr("href")).isEqualTo("#organisationId");
        assertThat(twice.select(".govuk-error-summary a").eachText()).containsExactly(
                "Eastmere Council already has a contribution in " + year.label() + ": change that one instead");
        assertThat(sheet(year).contributions()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE record_type = 'Budget contribution' AND summary = ?")
                .param("Added Eastmere Council's contribution to the " + year.label() + " budget").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_line_changed_by_someone_else_meanwhile_is_not_overwritten_and_the_typing_is_kept() throws Exception {
        var year = aYear();
        long id = budgets.addExpenditure(year, BudgetCategory.OPERATING_COSTS, "Printing", 1_000_00, 0, businessUnit());
        String edit = "/budget/" + year.slug() + "/expenditure/" + id + "/edit";
        var form = page(get(edit));
        assertThat(form.getElementById("version").val()).isEqualTo("0");
        assertThat(form.getElementById("budgeted").val()).isEqualTo("1,000");

        // someone else records spending first
        runAs.run("business.unit@eastmere.example", other -> lines.updateLine(BudgetSection.EXPENDITURE, year, id, 0,
                BudgetCategory.OPERATING_COSTS, "Printing", 1_000_00, 250_00, other));

        var conflict = page(post(edit).with(csrf()).param("heading", "OPERATING_COSTS").param("description", "Printing and post")
                .param("budgeted", "1,200").param("actual", "").param("version", "0"));
        assertThat(conflict.title()).startsWith("Error: ");
        assertThat(conflict.select(".govuk-error-summary li").eachText()).containsExactly(EditConflicts.MESSAGE);
        assertThat(conflict.getElementById("description").val()).isEqualTo("Printing and post");
        assertThat(conflict.getElementById("budgeted").val()).isEqualTo("1,200");
        assertThat(conflict.getElementById("version").val()).isEqualTo("1");
        assertThat(store.line(BudgetSection.EXPENDITURE, year, id).orElseThrow().actual()).isEqualTo(250_00);

        redirectOf(post(edit).with(csrf()).param("heading", "OPERATING_COSTS").param("description", "Printing and post")
                .param("budgeted", "1,200").param("actual", "250").param("version", "1"));
        var line = store.line(BudgetSection.EXPENDITURE, year, id).orElseThrow();
        assertThat(line.description()).isEqualTo("Printing and post");
        assertThat(line.budgeted()).isEqualTo(1_200_00);
    }

    @Test
    void a_line_is_checked_and_duplicates_in_a_category_are_refused() throws Exception {
        var year = aYear();
        String path = "/budget/" + year.slug() + "/income/new";

        var empty = page(post(path).with(csrf()).param("heading", "NONSENSE").param("description", " ").param("budgeted", ""));
        assertThat(empty.select(".govuk-error-summary a").eachText()).containsExactly("Select the kind of income",
                "Enter a description", "Enter the amount expected");

        redirectOf(post(path).with(csrf()).param("heading", "GRANT").param("description", "Pathfinder grant").param("budgeted", "15000"));
        var again = page(post(path).with(csrf()).param("heading", "GRANT").param("description", "PATHFINDER GRANT")
                .param("budgeted", "1"));
        assertThat(again.select(".govuk-error-summary a").attr("href")).isEqualTo("#description");
        assertThat(again.select(".govuk-error-summary a").eachText()).containsExactly(
                "The " + year.label() + " budget already has other income called 'PATHFINDER GRANT' under Grant: change that line instead");
        // the same description under another kind is a different line
        redirectOf(post(path).with(csrf()).param("heading", "OTHER").param("description", "Pathfinder grant").param("budgeted", "1"));
        assertThat(sheet(year).otherIncomeBudgeted()).isEqualTo(15_001_00);
    }

    @Test
    void a_year_must_be_a_real_financial_year_and_only_one_budget_each() throws Exception {
        var wrong = page(post("/budget/new").with(csrf()).param("year", "2024-26").param("status", "DRAFT"));
        assertThat(wrong.select(".govuk-error-summary a").eachText())
                .containsExactly("Financial year must be two years next to each other, like 2024-25");
        assertThat(wrong.getElementById("year").val()).isEqualTo("2024-26");

        var taken = page(post("/budget/new").with(csrf()).param("year", "2023-24").param("status", "AGREED"));
        assertThat(taken.select(".govuk-error-summary a").eachText()).containsExactly("There is already a budget for 2023–24");

        var none = page(post("/budget/new").with(csrf()).param("year", "").param("status", ""));
        assertThat(none.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#year", "#status");
    }

    @Test
    void a_new_year_can_start_from_the_previous_years_lines_with_nothing_yet_received_or_spent() throws Exception {
        var previous = aYear();
        budgets.addContribution(previous, organisation("Eastmere Police"), 50_000_00, 50_000_00, businessUnit());
        budgets.addExpenditure(previous, BudgetCategory.STAFFING, "Salaries", 90_000_00, 91_000_00, businessUnit());
        var next = previous.next();

        assertThat(redirectOf(post("/budget/new").with(csrf()).param("year", next.slug()).param("status", "DRAFT")
                .param("copyPrevious", "true"))).isEqualTo("/budget/" + next.slug());

        var copied = sheet(next);
        assertThat(copied.status()).isEqualTo(BudgetStatus.DRAFT);
        assertThat(copied.contributionsAgreed()).isEqualTo(50_000_00);
        assertThat(copied.contributionsReceived()).isZero();
        assertThat(copied.expenditureBudgeted()).isEqualTo(90_000_00);
        assertThat(copied.expenditureActual()).isZero();
    }

    @Test
    void the_year_is_agreed_and_its_deficit_explained_and_a_stale_form_is_told_so() throws Exception {
        var year = aYear();
        String edit = "/budget/" + year.slug() + "/edit";
        redirectOf(post(edit).with(csrf()).param("year", year.slug()).param("status", "AGREED")
                .param("balanceExplanation", "The police met the shortfall").param("version", "0"));
        assertThat(sheet(year).balanceExplanation()).isEqualTo("The police met the shortfall");

        var stale = page(post(edit).with(csrf()).param("year", year.slug()).param("status", "DRAFT")
                .param("balanceExplanation", "Carried forward").param("version", "0"));
        assertThat(stale.select(".govuk-error-summary li").eachText()).containsExactly(EditConflicts.MESSAGE);
        assertThat(stale.getElementById("balanceExplanation").val()).isEqualTo("Carried forward");
        assertThat(sheet(year).status()).isEqualTo(BudgetStatus.AGREED);
    }

    @Test
    void a_line_is_removed_only_at_the_version_seen_and_the_removal_is_logged() throws Exception {
        var year = aYear();
        long id = budgets.addExpenditure(year, BudgetCategory.WEBSITE_AND_TOOLS, "Old licence", 500_00, 0, businessUnit());
        String remove = "/budget/" + year.slug() + "/expenditure/" + id + "/remove";

        var stale = page(post(remove).with(csrf()).param("version", "7"));
        assertThat(stale.select(".govuk-error-summary li").eachText()).containsExactly(EditConflicts.MESSAGE);
        assertThat(store.line(BudgetSection.EXPENDITURE, year, id)).isPresent();

        redirectOf(post(remove).with(csrf()).param("version", "0"));
        assertThat(store.line(BudgetSection.EXPENDITURE, year, id)).isEmpty();
        assertThat(jdbc.sql("SELECT before_state FROM activity_log WHERE record_type = 'Expenditure line' AND record_id = ? AND summary LIKE 'Removed%'")
                .param(String.valueOf(id)).query(String.class).single()).contains("description=Old licence");
        mvc.perform(get("/budget/" + year.slug() + "/expenditure/" + id + "/edit")).andExpect(status().isNotFound());
    }

    @Test
    void a_line_is_only_reached_through_its_own_year_and_section() throws Exception {
        var year = aYear();
        long id = budgets.addExpenditure(year, BudgetCategory.STAFFING, "Salaries", 1, 0, businessUnit());
        mvc.perform(get("/budget/" + year.slug() + "/expenditure/" + id + "/edit")).andExpect(status().isOk());
        mvc.perform(get("/budget/2023-24/expenditure/" + id + "/edit")).andExpect(status().isNotFound());
        mvc.perform(get("/budget/" + year.slug() + "/income/" + id + "/edit")).andExpect(status().isNotFound());
        mvc.perform(get("/budget/" + year.slug() + "/salaries/new")).andExpect(status().isNotFound());
        mvc.perform(get("/budget/not-a-year")).andExpect(status().isNotFound());
        mvc.perform(get("/budget/1990-91")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("partner.lead@eastmere.example")
    void the_budget_downloads_as_csv_with_plain_amounts_and_formulas_neutralised() throws Exception {
        var response = mvc.perform(get("/budget/2023-24.csv")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("budget-2023-24.csv");
        var lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", BudgetCsv.HEADER));
        assertThat(lines).contains("2023–24,Contribution,Eastmere Council,,121850.00,121850.00,49.8",
                "2023–24,Expenditure,Staffing,Business unit salaries and on-costs,186000.00,189420.00,");
        assertThat(lines).hasSize(1 + 5 + 3 + 13);
    }
}
