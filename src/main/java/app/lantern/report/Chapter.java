package app.lantern.report;

/** A chapter of the draft: its place in the report and its title. Its content is its {@link Part}s. */
record Chapter(long id, long reportId, int position, String title, long version) {

    /** The chapter's address in a published version: its number and title, e.g. "3-highlights-of-the-year". */
    public String slug() {
        return slug(position, title);
    }

    static String slug(int position, String title) {
        String words = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (words.length() > 60) words = words.substring(0, 60).replaceAll("-[^-]*$", "");
        return position + (words.isEmpty() ? "" : "-" + words);
    }
}
