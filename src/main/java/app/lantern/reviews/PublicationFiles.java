package app.lantern.reviews;

import java.util.Locale;

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
        if (isProgram(content)) return "The selected file is a program. Upload the report as a PDF";
        if (!cleanName(originalName).toLowerCase(Locale.ROOT).endsWith(".pdf")) return "The selected file must be a PDF";
        if (!starts(content, '%', 'P', 'D', 'F', '-')) return "The selected file is called .pdf but is not a PDF. Upload the report as a PDF";
        return null;
    }

    private static boolean isProgram(byte[] c) {
        return starts(c, 'M', 'Z') || starts(c, 0x7F, 'E', 'L', 'F') || starts(c, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(c, 0xCF, 0xFA, 0xED, 0xFE) || starts(c, 0xFE, 0xED, 0xFA, 0xCF) || starts(c, '#', '!');
    }

    private static boolean starts(byte[] c, int... prefix) {
        if (c.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((c[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** The file's own name without folders, with only safe characters, at most 200 of them. */
    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()'-]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) name = "report" + name;
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
