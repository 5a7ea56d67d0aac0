package app.lantern.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import app.lantern.shared.PdfFonts;

/**
 * A published version as one tagged PDF (PDF/UA-1): a cover, a contents page with page numbers,
 * every chapter from its frozen HTML, and a bookmark for each chapter. Made once, at publication,
 * and stored with the version. Charts are left out of the PDF: their figures are in the tables.
 */
@Component
class ReportPdf {

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
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
            PdfFonts.embed(new PdfRendererBuilder())
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withProducer("Lantern")
                    .withW3cDocument(new W3CDom().fromJsoup(document), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
