package app.lantern.reviews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import app.lantern.shared.PdfFonts;

/**
 * A published briefing as a one-page A4 PDF: the XHTML template {@code briefings/briefing-pdf}
 * rendered by openhtmltopdf, tagged for PDF/UA, with Liberation Sans (shipped in
 * {@code resources/fonts}, SIL Open Font Licence) embedded so it prints the same everywhere.
 * The section limits in {@link BriefingText} keep the longest allowed briefing to one page.
 */
@Component
class BriefingPdf {

    private final ITemplateEngine templates;

    BriefingPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The briefing on one page, in type as large as fits: a short briefing starts large (it is
     * often pinned up), a long one at the usual size; if it does not fit on one page it is set a
     * step smaller until it does, down to {@link #SIZES}' last. Briefings within the form's limits
     * fit at the usual size unless their text is unusually wide (long unbroken words, wide letters).
     */
    byte[] render(BriefingRecord briefing, String partnershipName, String address) {
        byte[] pdf = null;
        for (String size : SIZES.subList(firstSize(briefing), SIZES.size())) {
            pdf = render(briefing, partnershipName, address, size);
            if (pages(pdf) <= 1) return pdf;
        }
        return pdf;
    }

    /** Type sizes in points, largest first; {@link #USUAL} is where long briefings start. */
    static final java.util.List<String> SIZES = java.util.List.of("12", "10.5", "9.4", "8.6", "7.8", "7", "6.2", "5.5");
    static final int USUAL = 3;

    /** Where to start in {@link #SIZES}: the more text and lines, the smaller. */
    static int firstSize(BriefingRecord briefing) {
        int weight = briefing.title().length() * 2 + briefing.details().subjectTitle().length();
        for (var s : briefing.sections()) {
            for (var b : s.blocks()) {
                for (String line : b.lines()) weight += line.length() + 45; // a started line costs about 45 characters
            }
            weight += 60; // heading and spacing
        }
        if (weight <= 2300) return 0;
        if (weight <= 2900) return 1;
        if (weight <= 3400) return 2;
        return USUAL;
    }

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
            PdfFonts.embed(new PdfRendererBuilder())
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withProducer("Lantern")
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }


}
