package app.lantern.shared;

/**
 * What every upload check in Lantern shares: recognising a file by its first bytes (never by its
 * name or what the browser says), refusing programs whatever they are called, and a safe name to
 * keep and serve the file under.
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** Whether the content begins with these bytes (each 0–255). */
    public static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((content[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** A program for Windows (MZ), Linux (ELF), Java (class), macOS (Mach-O) or a script (#!). */
    public static boolean isProgram(byte[] c) {
        return startsWith(c, 'M', 'Z')
                || startsWith(c, 0x7F, 'E', 'L', 'F')
                || startsWith(c, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(c, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(c, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(c, '#', '!');
    }

    public static boolean isPdf(byte[] c) {
        return startsWith(c, '%', 'P', 'D', 'F', '-');
    }

    /**
     * The file's own name without folders, with only safe characters, at most 200 of them; a name
     * that is empty or starts with a dot gets {@code fallbackStem} in front.
     */
    public static String cleanName(String original, String fallbackStem) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()'-]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) name = fallbackStem + name;
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
