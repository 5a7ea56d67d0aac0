package app.lantern.reviews;

import java.util.Locale;

import app.lantern.shared.UploadedFiles;

/**
 * Decides whether an uploaded file may be kept as a review's published report: a PDF only, by
 * its first bytes (never trusting the name or the browser), called .pdf, at most 10 MB, and
 * never a program whatever it is called. The same limits as the action tracker's evidence.
 */
final class PublicationFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private PublicationFiles() {
    }

    /** The message for the file field, or null when the file may be kept. */
    static String problem(String originalName, byte[] content) {
        if (content == null || content.length == 0) return "The selected file is empty";
        if (content.length > MAX_BYTES) return "The selected file must be smaller than 10 MB";
        if (UploadedFiles.isProgram(content)) return "The selected file is a program. Upload the report as a PDF";
        if (!cleanName(originalName).toLowerCase(Locale.ROOT).endsWith(".pdf")) return "The selected file must be a PDF";
        if (!UploadedFiles.isPdf(content)) return "The selected file is called .pdf but is not a PDF. Upload the report as a PDF";
        return null;
    }

    /** The file's own name without folders, with only safe characters, at most 200 of them. */
    static String cleanName(String original) {
        return UploadedFiles.cleanName(original, "report");
    }
}
