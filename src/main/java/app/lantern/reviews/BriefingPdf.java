package app.lantern.reviews;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A published briefing as a one-page A4 PDF: the XHTML template {@code briefings/briefing-pdf}
 * rendered by openhtmltopdf, tagged for PDF/UA, with Liberation Sans (shipped in
 * {@code resources/fonts}, SIL Open Font Licence) embedded so it prints the same everywhere.
 * The section limits in {@link BriefingText} keep the longest allowed briefing to one page.
 */
@Component
class BriefingPdf {

    static final String FONT = "Liberation Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    BriefingPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font("fonts/LiberationSans-Regular.ttf");
        this.bold = font("fonts/LiberationSans-Bold.ttf");
    }

    /**
     * The briefing on one page. Briefings within the limits fit at the usual type size; one whose
     * text is unusually wide (long unbroken words, wide letters) is set a little smaller until it fits,
     * down to {@link #SIZES}' last.
     */
    byte[] render(BriefingRecord briefing, String partnershipName, String address) {
        byte[] pdf = null;
        for (String size : SIZES) {
            pdf = render(briefing, partnershipName, address, size);
            if (pages(pdf) <= 1) return pdf;
        }
        return pdf;
    }

    /** Type sizes in points, the usual one first. */
    static final java.util.List<String> SIZES = java.util.List.of("8.6", "7.8", "7", "6.2", "5.5");

    static int pages(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(BriefingRecord briefing, String partnershipName, String address, String size) {
        var context = new Context(Locale.UK);
        context.setVariable("briefing", briefing);
        context.setVariable("partnershipName", partnershipName);
        context.setVariable("address", address);
        context.setVariable("size", size);
        String xhtml = templates.process("briefings/briefing-pdf", context);
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> stream(regular), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> stream(bold), FONT, 700, FontStyle.NORMAL, true)
                    .withProducer("Lantern")
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font missing from the application: " + path, e);
        }
    }
}
