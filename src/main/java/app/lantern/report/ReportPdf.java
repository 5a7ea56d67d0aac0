package app.lantern.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A published version as one tagged PDF (PDF/UA-1): a cover, a contents page with page numbers,
 * every chapter from its frozen HTML, and a bookmark for each chapter. Made once, at publication,
 * and stored with the version. Charts are left out of the PDF: their figures are in the tables.
 */
@Component
class ReportPdf {

    static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font("fonts/LiberationSans-Regular.ttf");
        this.bold = font("fonts/LiberationSans-Bold.ttf");
    }

    byte[] render(PublishedVersion version, String partnershipName) {
        var context = new Context(Locale.UK);
        context.setVariable("version", version);
        context.setVariable("partnershipName", partnershipName);
        String html = templates.process("report/report-pdf", context);
        var document = Jsoup.parse(html);
        // An HTML parser closes <head> at an element it does not know: put the outline back where openhtmltopdf reads it.
        var bookmarks = document.selectFirst("bookmarks");
        if (bookmarks != null) document.head().appendChild(bookmarks);
        document.select("svg, .lantern-chart, details > summary").remove();
        document.select("details").tagName("div");
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
                    .withProducer("Lantern")
                    .withW3cDocument(new W3CDom().fromJsoup(document), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font missing from the application: " + path, e);
        }
    }
}
