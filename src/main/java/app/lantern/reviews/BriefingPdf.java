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

    byte[] render(BriefingRecord briefing, String partnershipName, String address) {
        var context = new Context(Locale.UK);
        context.setVariable("briefing", briefing);
        context.setVariable("partnershipName", partnershipName);
        context.setVariable("address", address);
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
