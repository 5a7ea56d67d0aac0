package app.lantern.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;
import app.lantern.identity.OrganisationDirectory;

/** The partnership register as the business unit and others use it, through its pages. */
@LanternIntegrationTest
@WithUserDetails("admin@eastmere.example")
class OrganisationRegisterIT {

    static final String HEADER = OrganisationCsvImportTest.HEADER;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void the_list_shows_25_active_organisations_a_page_with_a_count() throws Exception {
        long active = jdbc.sql("SELECT count(*) FROM organisation WHERE active").query(Long.class).single();

        var page = page(get("/organisations"));

        assertThat(page.select("table.govuk-table tbody tr")).hasSize(25);
        assertThat(page.selectFirst("#count").text()).isEqualTo("Showing 1 to 25 of " + active + " organisations");
        assertThat(page.select(".govuk-pagination a[rel=next]").attr("href")).isEqualTo("/organisations?page=2");
        assertThat(page.select("a:contains(Add an organisation)").attr("href")).isEqualTo("/organisations/new");
        assertThat(page.select("a:contains(Export CSV)")).hasSize(1);
    }

    @Test
    void search_and_filters_show_only_matching_rows_and_paging_keeps_them() throws Exception {
        String tag = unique();
        service.register(details("Quillmouth 100% Trust " + tag, OrganisationType.CHARITY, Sector.VOLUNTARY, "Quillmouth" + tag, true));
        service.register(details("Quillmouth Police Post " + tag, OrganisationType.POLICE, Sector.PUBLIC, "Quillmouth" + tag, true));
        service.register(details("Quillmouth Old Club " + tag, OrganisationType.CHARITY, Sector.VOLUNTARY, "Quillmouth" + tag, false));

        var byTown = page(get("/organisations").param("q", "quillMOUTH" + tag.toUpperCase()));
        assertThat(names(byTown)).containsExactly("Quillmouth 100% Trust " + tag, "Quillmouth Police Post " + tag);
        assertThat(byTown.selectFirst("#count").text()).isEqualTo("Showing 1 to 2 of 2 organisations");

        var byType = page(get("/organisations").param("q", tag).param("type", "CHARITY"));
        assertThat(names(byType)).containsExactly("Quillmouth 100% Trust " + tag);

        var inactive = page(get("/organisations").param("q", tag).param("status", "inactive"));
        assertThat(names(inactive)).containsExactly("Quillmouth Old Club " + tag);

        var all = page(get("/organisations").param("q", tag).param("status", "all").param("sector", "VOLUNTARY"));
        assertThat(names(all)).containsExactly("Quillmouth 100% Trust " + tag, "Quillmouth Old Club " + tag);

        var percent = page(get("/organisations").param("q", "100%"));
        assertThat(names(percent)).allMatch(n -> n.contains("100%"));
        var underscore = page(get("/organisations").param("q", "_"));
        assertThat(names(underscore)).allMatch(n -> n.contains("_"));

        var schools = page(get("/organisations").param("type", "SCHOOL").param("sector", "PUBLIC"));
        assertThat(schools.select(".govuk-pagination a[rel=next]").attr("href"))
                .isEqualTo("/organisations?type=SCHOOL&sector=PUBLIC&page=2");
    }

    @Test
    void an_unknown_organisation_is_page_not_found_and_nonsense_is_never_a_server_error() throws Exception {
        mvc.perform(get("/organisations/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/not-a-number")).andExpect(status().is4xxClientError());
        mvc.perform(get("/organisations").param("page", "99999999999").param("type", "NONSENSE").param("status", "<x>"))
                .andExpect(status().isOk());
        mvc.perform(post("/organisations/new").with(csrf())).andExpect(status().isOk());
    }

    @Test
    void adding_with_a_mistake_shows_the_error_the_govuk_way_and_keeps_what_was_typed_then_succeeds() throws Exception {
        String tag = unique();
        var failed = page(post("/organisations/new").with(csrf()).param("name", "").param("type", "CHARITY")
                .param("sector", "VOLUNTARY").param("town", "Tŷ Gwŵr " + tag).param("active", "true"));

        assertThat(failed.title()).startsWith("Error: ");
        assertThat(failed.select(".govuk-error-summary a")).extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly("#name Enter the organisation’s name");
        assertThat(failed.selectFirst("#name-error").text()).isEqualTo("Error: Enter the organisation’s name");
        assertThat(failed.selectFirst("#town").val()).isEqualTo("Tŷ Gwŵr " + tag);
        assertThat(failed.selectFirst("#type option[selected]").val()).isEqualTo("CHARITY");

        String name = "O'Brien <script>alert(1)</script> Łódź 儿童 " + tag;
        var saved = mvc.perform(post("/organisations/new").with(csrf()).param("name", name).param("type", "CHARITY")
                .param("sector", "VOLUNTARY").param("town", "Tŷ Gwŵr").param("postcode", "em11aa").param("active", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).matches("/organisations/\\d+");

        // the banner travels in the session (Spring Session JDBC), as it does in a browser
        var detail = page(get(location).cookie(saved.getResponse().getCookie("SESSION")));
        assertThat(detail.selectFirst(".govuk-notification-banner--success").text()).contains("Organisation added");
        assertThat(detail.selectFirst("h1").text()).isEqualTo(name);
        assertThat(detail.select("script:containsData(alert(1))")).isEmpty();
        assertThat(detail.select(".govuk-summary-list__value").eachText()).contains("Tŷ Gwŵr EM1 1AA");
    }

    @Test
    void a_school_needs_a_phase_and_names_and_codes_stay_unique() throws Exception {
        var failed = page(post("/organisations/new").with(csrf()).param("name", "eastmere COUNCIL").param("type", "SCHOOL")
                .param("sector", "PUBLIC").param("codeScheme", "URN").param("officialCode", "190001").param("active", "true"));

        assertThat(failed.select(".govuk-error-summary a")).extracting(a -> a.attr("href") + " " + a.text()).containsExactly(
                "#name An organisation called eastmere COUNCIL is already in the register",
                "#schoolPhase Select the school’s phase",
                "#officialCode Another organisation already has the Ofsted URN 190001");
    }

    @Test
    void someone_saving_first_is_reported_and_nothing_typed_is_lost() throws Exception {
        String tag = unique();
        long id = service.register(details("Conflict Trust " + tag, OrganisationType.CHARITY, Sector.VOLUNTARY, "Eastmere", true));
        long seen = service.find(id).orElseThrow().version;
        service.update(id, seen, details("Conflict Trust " + tag, OrganisationType.CHARITY, Sector.VOLUNTARY, "Saltmarsh", true));

        var stale = page(post("/organisations/" + id + "/edit").with(csrf()).param("version", Long.toString(seen))
                .param("name", "Conflict Trust " + tag).param("type", "CHARITY").param("sector", "VOLUNTARY")
                .param("town", "My typed town").param("active", "true"));

        assertThat(stale.title()).startsWith("Error: ");
        assertThat(stale.selectFirst(".govuk-error-summary").text())
                .contains(app.lantern.shared.EditConflicts.MESSAGE);
        assertThat(stale.selectFirst("#town").val()).isEqualTo("My typed town");
        assertThat(stale.selectFirst("#current-details").text()).contains("Saltmarsh");
        assertThat(service.find(id).orElseThrow().town).isEqualTo("Saltmarsh");

        String newVersion = stale.selectFirst("input[name=version]").val();
        mvc.perform(post("/organisations/" + id + "/edit").with(csrf()).param("version", newVersion)
                .param("name", "Conflict Trust " + tag).param("type", "CHARITY").param("sector", "VOLUNTARY")
                .param("town", "My typed town").param("active", "true")).andExpect(status().is3xxRedirection());
        assertThat(service.find(id).orElseThrow().town).isEqualTo("My typed town");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE record_type = 'Organisation' AND record_id = ? AND action = 'CHANGED'")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("agency.lead@eastmere.example")
    void an_agency_lead_may_read_the_register_but_not_change_or_export_it() throws Exception {
        var list = page(get("/organisations"));
        assertThat(list.select("a:contains(Add an organisation)")).isEmpty();
        assertThat(list.select("a:contains(Export CSV)")).isEmpty();

        mvc.perform(get("/organisations/new")).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/import")).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/export.csv")).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/export.xlsx")).andExpect(status().isForbidden());
    }

    @Test
    void importing_a_good_file_adds_organisations_and_importing_it_again_changes_nothing() throws Exception {
        String tag = unique();
        String csv = HEADER + "\n"
                + "Imported Primary " + tag + ",School,Primary,Public,,,1 Sea Road,,Eastmere,EM1 1AA,Ann Lee,ann@example.org,01632 960001,yes\n"
                + "Imported Charity " + tag + ",CHARITY,,VOLUNTARY,,,,,,,,,,no\n";

        var first = page(upload(csv));
        assertThat(first.selectFirst("#import-counts").text()).isEqualTo("2 added, 0 changed, 0 unchanged");
        assertThat(countNamed("Imported % " + tag)).isEqualTo(2);

        assertThat(jdbc.sql("SELECT count(*) FROM activity_log WHERE action = 'CREATED' AND summary LIKE ?")
                .param("Added organisation Imported % " + tag).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT summary FROM activity_log WHERE action = 'IMPORTED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("Imported organisations from organisations.csv: 2 added, 0 changed, 0 unchanged");

        var again = page(upload(csv));
        assertThat(again.selectFirst("#import-counts").text()).isEqualTo("0 added, 0 changed, 2 unchanged");
        assertThat(countNamed("Imported % " + tag)).isEqualTo(2);

        var changed = page(upload(csv.replace("Ann Lee", "Ann Lee-Smith")));
        assertThat(changed.selectFirst("#import-counts").text()).isEqualTo("0 added, 1 changed, 1 unchanged");
    }

    @Test
    void a_file_with_one_bad_row_writes_nothing_and_names_the_row_and_column() throws Exception {
        String tag = unique();
        String csv = HEADER + "\n"
                + "Good Row Trust " + tag + ",CHARITY,,VOLUNTARY,,,,,,,,,,\n"
                + "Bad Row Trust " + tag + ",SPACESHIP,,VOLUNTARY,,,,,,,,,,\n";

        var page = page(upload(csv));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#row-problems tbody tr").eachText())
                .containsExactly("3 type Select a type of organisation from the list");
        assertThat(countNamed("% Row Trust " + tag)).isZero();
    }

    @Test
    void a_file_that_is_not_csv_is_refused_clearly() throws Exception {
        var page = page(multipart("/organisations/import")
                .file(new MockMultipartFile("file", "photo.csv", "text/csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                .with(csrf()));
        assertThat(page.selectFirst(".govuk-error-summary a").text())
                .isEqualTo("The selected file must be a CSV file: this one contains binary data");
        assertThat(page.selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#file");

        var none = page(multipart("/organisations/import").with(csrf()));
        assertThat(none.selectFirst(".govuk-error-summary a").text()).isEqualTo("Select a CSV file to import");
    }

    @Test
    void the_export_neutralises_formulas_and_is_named_by_date() throws Exception {
        String tag = unique();
        service.register(details("=cmd()|' /C calc'!A0 " + tag, OrganisationType.OTHER, Sector.PRIVATE, "Eastmere", true));

        var response = mvc.perform(get("/organisations/export.csv").param("q", tag)).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"organisations-2026-11-18.csv\"");
        var lines = response.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(HEADER);
        assertThat(lines[1]).startsWith("'=cmd()|' /C calc'!A0 " + tag + ",OTHER,,PRIVATE,");
    }

    @Test
    void a_change_written_straight_to_the_table_shows_on_the_next_list_export_and_choice_list() throws Exception {
        // As another instance, a restore or psql would change it: not through this instance's service.
        String tag = unique();
        assertThat(page(get("/organisations").param("q", tag)).selectFirst("#count").text())
                .isEqualTo("No organisations match your search.");

        jdbc.sql("INSERT INTO organisation (name, type, sector) VALUES (?, 'CHARITY', 'VOLUNTARY')").param("Ashgrove Trust " + tag).update();
        assertThat(names(page(get("/organisations").param("q", tag)))).containsExactly("Ashgrove Trust " + tag);
        assertThat(directory.choices()).extracting(OrganisationDirectory.Option::name).contains("Ashgrove Trust " + tag);

        jdbc.sql("UPDATE organisation SET name = ? WHERE name = ?").params("Birchgrove Trust " + tag, "Ashgrove Trust " + tag).update();
        assertThat(names(page(get("/organisations").param("q", tag)))).containsExactly("Birchgrove Trust " + tag);
        assertThat(mvc.perform(get("/organisations/export.csv").param("q", tag)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Birchgrove Trust " + tag);

        jdbc.sql("UPDATE organisation SET active = FALSE WHERE name = ?").param("Birchgrove Trust " + tag).update();
        assertThat(directory.choices()).extracting(OrganisationDirectory.Option::name).doesNotContain("Birchgrove Trust " + tag);

        jdbc.sql("DELETE FROM organisation WHERE name = ?").param("Birchgrove Trust " + tag).update();
        assertThat(page(get("/organisations").param("q", tag).param("status", "all")).selectFirst("#count").text())
                .isEqualTo("No organisations match your search.");
    }

    @Test
    void a_long_transaction_on_the_register_does_not_hold_up_other_edits_and_each_commit_changes_the_stamp() throws Exception {
        String tag = unique();
        service.register(details("Cedar Trust " + tag, OrganisationType.CHARITY, Sector.VOLUNTARY, "Eastmere", true));
        service.register(details("Damson Trust " + tag, OrganisationType.CHARITY, Sector.VOLUNTARY, "Eastmere", true));
        String before = stamp();

        try (var importing = dataSource.getConnection(); var editing = dataSource.getConnection()) {
            importing.setAutoCommit(false);
            editing.setAutoCommit(false);
            try (var s = importing.createStatement()) {
                s.executeUpdate("UPDATE organisation SET town = 'Imported' WHERE name = 'Cedar Trust " + tag + "'");
            }
            try (var s = editing.createStatement()) {
                s.execute("SET LOCAL lock_timeout = '2s'"); // fails instead of waiting if the stamp were locked
                s.executeUpdate("UPDATE organisation SET town = 'Edited' WHERE name = 'Damson Trust " + tag + "'");
            }
            editing.commit();
            String afterEdit = stamp();
            assertThat(afterEdit).isNotEqualTo(before);

            importing.commit();
            assertThat(stamp()).isNotEqualTo(afterEdit);
        }
    }

    private String stamp() {
        return jdbc.sql("SELECT stamp::text FROM organisation_register_stamp").query(String.class).single();
    }

    @Test
    void the_whole_register_exported_imports_back_with_nothing_changed() throws Exception {
        byte[] export = mvc.perform(get("/organisations/export.csv").param("status", "all")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        long total = jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();

        var page = page(multipart("/organisations/import").file(new MockMultipartFile("file", "all.csv", "text/csv", export)).with(csrf()));

        assertThat(page.selectFirst("#import-counts").text()).isEqualTo("0 added, 0 changed, " + total + " unchanged");

        byte[] xlsx = mvc.perform(get("/organisations/export.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read().getFirst().getCellText(0)).isEqualTo("name");
        }
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String csv) {
        return multipart("/organisations/import")
                .file(new MockMultipartFile("file", "organisations.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf());
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static java.util.List<String> names(Document page) {
        return page.select("table.govuk-table tbody th a").eachText();
    }

    private long countNamed(String like) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE name LIKE ?").param(like).query(Long.class).single();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static OrganisationDetails details(String name, OrganisationType type, Sector sector, String town, boolean active) {
        return new OrganisationDetails(name, type, null, sector, null, null, null, null, town, null, null, null, null, active);
    }
}
