package app.lantern.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every printable PDF embeds: Liberation Sans regular and bold, shipped in
 * {@code resources/fonts} (SIL Open Font Licence), read once. PDF/UA needs every font embedded.
 */
public final class PdfFonts {

    /** The family name templates use in {@code font-family}. */
    public static final String FAMILY = "Liberation Sans";

    private static final byte[] REGULAR = font("fonts/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("fonts/LiberationSans-Bold.ttf");

    private PdfFonts() {
    }

    /** Adds the fonts to a renderer, embedded as subsets. */
    public static PdfRendererBuilder embed(PdfRendererBuilder builder) {
        return builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
    }

    private static byte[] font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font missing from the application: " + path, e);
        }
    }
}
