package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import app.lantern.LanternIntegrationTest;

@LanternIntegrationTest
class DraftDownloadIT {

    /** A year no other test starts a report for, so the draft has only its default chapters. */
    static final String YEAR = "2019-20";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @BeforeEach
    void theReportIsStarted() throws Exception {
        mvc.perform(post("/yearly-report/start").param("year", YEAR).with(csrf())
                .with(user(people.loadUserByUsername("business.unit@eastmere.example")))).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("partner.lead@eastmere.example")
    void aDraftReaderDownloadsTheDraftAsAWordDocumentFromTheOverview() throws Exception {
        var overview = Jsoup.parse(mvc.perform(get("/yearly-report/" + YEAR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var link = overview.select("main a:contains(Download a Word copy of the draft to comment offline)");
        assertThat(link.attr("href")).isEqualTo("/yearly-report/" + YEAR + "/download-draft.docx");

        var response = mvc.perform(get(link.attr("href"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("filename=\"yearly-report-2019-20-draft.docx\"");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        String document = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(document).contains("yearly report 2019–20 — draft, revision")
                .contains("1. Welcome from the safeguarding partners").contains("14. Glossary");
    }

    @Test
    @WithUserDetails("member@eastmere.example")
    void toSomeoneWhoMayNotReadTheDraftTheDownloadDoesNotExist() throws Exception {
        mvc.perform(get("/yearly-report/" + YEAR + "/download-draft.docx")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("business.unit@eastmere.example")
    void aYearWithNoReportHasNoDraftToDownload() throws Exception {
        mvc.perform(get("/yearly-report/2001-02/download-draft.docx")).andExpect(status().isNotFound());
        mvc.perform(get("/yearly-report/not-a-year/download-draft.docx")).andExpect(status().isNotFound());
    }
}
