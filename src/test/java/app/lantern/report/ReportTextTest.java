package app.lantern.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void headingsListsInsetAndParagraphsBecomeGovukMarkup() {
        String html = ReportText.toHtml("""
                # What we did
                We met six times.
                It went well.

                * first
                * second
                1. one
                2. two
                ^ Children told us this mattered.
                ## Next""");
        assertThat(html).isEqualTo("<h2 class=\"govuk-heading-m\">What we did</h2>"
                + "<p class=\"govuk-body\">We met six times. It went well.</p>"
                + "<ul class=\"govuk-list govuk-list--bullet\"><li>first</li><li>second</li></ul>"
                + "<ol class=\"govuk-list govuk-list--number\"><li>one</li><li>two</li></ol>"
                + "<div class=\"govuk-inset-text\">Children told us this mattered.</div>"
                + "<h3 class=\"govuk-heading-s\">Next</h3>");
    }

    @Test
    void linksAreMadeOnlyForWebAndMailAddresses() {
        assertThat(ReportText.toHtml("See [our site](https://eastmere.example/scp) or https://gov.uk/x."))
                .isEqualTo("<p class=\"govuk-body\">See <a class=\"govuk-link\" href=\"https://eastmere.example/scp\">our site</a> or "
                        + "<a class=\"govuk-link\" href=\"https://gov.uk/x\">https://gov.uk/x</a>.</p>");
        assertThat(ReportText.toHtml("[click](javascript:alert(1))")).isEqualTo("<p class=\"govuk-body\">click)</p>");
        assertThat(ReportText.toHtml("[write](mailto:scp@eastmere.example)")).contains("href=\"mailto:scp@eastmere.example\"");
    }

    @Test
    void pastedHtmlIsTextNeverMarkup() {
        String html = ReportText.toHtml("<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:x\">y</a><style>p{}</style>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a ").doesNotContain("<style")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theSanitiserRemovesWhatTheRendererNeverMakes() {
        assertThat(ReportText.sanitise("<p class=\"govuk-body\" onclick=\"x()\" style=\"color:red\">Hi<script>bad()</script></p>"
                + "<a href=\"javascript:alert(1)\">x</a>"))
                .isEqualTo("<p class=\"govuk-body\">Hi</p><a>x</a>");
    }

    @Test
    void anImageNeedsItsTextAlternative() {
        assertThat(ReportText.problems("![](/img/chart.png)")).containsExactly(
                "The image on line 1 has no text alternative: write what it shows between ![ and ]");
        assertThat(ReportText.problems("text\n![  ](/img/chart.png)")).hasSize(1);
        assertThat(ReportText.problems("![A chart of attendance](/img/chart.png)")).isEmpty();
        assertThat(ReportText.toHtml("![A chart of attendance](/img/chart.png)"))
                .contains("<img src=\"/img/chart.png\" alt=\"A chart of attendance\">");
        assertThat(ReportText.problems("![A chart](javascript:x)")).hasSize(1);
    }

    @Test
    void veryLongTextRendersAndOnlyBeyondTheLimitIsRefused() {
        String para = "The partnership met its priorities. ".repeat(2_800); // about 100,000 characters
        assertThat(para.length()).isGreaterThan(100_000);
        assertThat(ReportText.problems(para)).isEmpty();
        assertThat(ReportText.toHtml(para)).startsWith("<p class=\"govuk-body\">The partnership");
        assertThat(ReportText.problems("x".repeat(ReportText.MAX_LENGTH + 1))).hasSize(1);
    }

    @Test
    void plainTextDropsTheFormatting() {
        assertThat(ReportText.plain("# Title\n* [one](https://a.example)\n^ quote").strip()).isEqualTo("Title.\none.\nquote");
    }
}
