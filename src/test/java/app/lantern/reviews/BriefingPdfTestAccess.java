package app.lantern.reviews;

import java.util.List;

/** The veraPDF PDF/UA-1 check of {@link BriefingPdfTest}, for other modules' PDF tests. */
public final class BriefingPdfTestAccess {

    private BriefingPdfTestAccess() {
    }

    public static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        return BriefingPdfTest.pdfUaFailures(pdf);
    }
}
