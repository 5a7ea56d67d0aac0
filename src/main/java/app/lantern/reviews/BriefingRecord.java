package app.lantern.reviews;

import java.time.LocalDate;
import java.util.List;

/** A stored briefing: its details, where it is published and its version for optimistic locking. */
record BriefingRecord(long id, String slug, BriefingDetails details, BriefingStatus status, LocalDate publishedOn,
        long version) {

    /** One of the six sections, ready to render as paragraphs and lists of text. */
    record Section(String field, String heading, List<BriefingText.Block> blocks) {
    }

    public boolean published() {
        return status == BriefingStatus.PUBLISHED;
    }

    public String title() {
        return details.title();
    }

    public List<Section> sections() {
        var d = details;
        String[] texts = {d.background(), d.whyItMatters(), d.keyInformation(), d.whatToRemember(), d.whatToDo(), d.questions()};
        var sections = new java.util.ArrayList<Section>();
        for (int i = 0; i < texts.length; i++) {
            var s = BriefingForm.SECTIONS.get(i);
            sections.add(new Section(s[0], (i + 1) + ". " + s[1], BriefingText.blocks(texts[i])));
        }
        return List.copyOf(sections);
    }

    /** Sections 1–3 (left column of the printed page). */
    public List<Section> firstHalf() {
        return sections().subList(0, 3);
    }

    /** Sections 4–6 (right column of the printed page). */
    public List<Section> secondHalf() {
        return sections().subList(3, 6);
    }
}
