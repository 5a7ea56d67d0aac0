package app.lantern.report;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The yearly report's settings.
 *
 * @param recipients the bodies a published report must be sent to; statutory guidance changes, so
 *                   they are configured ({@code lantern.report.recipients}, comma-separated)
 */
@ConfigurationProperties("lantern.report")
record ReportProperties(List<String> recipients) {

    ReportProperties {
        if (recipients == null || recipients.isEmpty()) {
            recipients = List.of("Child Safeguarding Practice Review Panel", "Foundations (What Works Centre for Children & Families)");
        }
        recipients = List.copyOf(recipients);
    }
}
