package app.lantern.actions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import app.lantern.shared.UploadedFiles;

/**
 * Decides whether an uploaded file may be kept as evidence. The type is read from the file's
 * first bytes, never trusted from its name or the browser: the name's extension must agree with
 * what the content is, and programs are refused whatever they are called.
 */
final class EvidenceFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    static final String ALLOWED = "a PDF, Word, Excel, PowerPoint, PNG, JPEG, text or CSV file";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"));

    private EvidenceFiles() {
    }

    /** The outcome: the type to store and serve, or the message to show on the file field. */
    record Verdict(String contentType, String fileName, String error) {
        boolean ok() {
            return error == null;
        }
    }

    static Verdict check(String originalName, byte[] content) {
        String name = cleanName(originalName);
        if (content == null || content.length == 0) return refused("The selected file is empty");
        if (content.length > MAX_BYTES) return refused("The selected file must be smaller than 10 MB");
        if (UploadedFiles.isProgram(content)) return refused("The selected file is a program. Upload " + ALLOWED);
        String ext = extension(name);
        String type = TYPES.get(ext);
        if (type == null) return refused("The selected file must be " + ALLOWED);
        String actual = detect(content);
        String expected = switch (ext) {
            case "jpg", "jpeg" -> "jpeg";
            case "docx", "xlsx", "pptx" -> "zip";
            case "txt", "csv" -> "text";
            default -> ext;
        };
        if (!expected.equals(actual))
            return refused("The selected file is called ." + ext + " but is not a " + ext.toUpperCase(Locale.ROOT) + " file. Upload " + ALLOWED);
        return new Verdict(type, name, null);
    }

    private static Verdict refused(String message) {
        return new Verdict(null, null, message);
    }

    private static String detect(byte[] c) {
        if (UploadedFiles.isPdf(c)) return "pdf";
        if (UploadedFiles.startsWith(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "png";
        if (UploadedFiles.startsWith(c, 0xFF, 0xD8, 0xFF)) return "jpeg";
        if (UploadedFiles.startsWith(c, 'P', 'K', 0x03, 0x04)) return "zip";
        if (isText(c)) return "text";
        return "unknown";
    }

    private static boolean isText(byte[] c) {
        for (byte b : c) if (b == 0) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(c));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file's own name without any folders, with only safe characters, at most 200 of them. */
    static String cleanName(String original) {
        return UploadedFiles.cleanName(original, "evidence");
    }
}
