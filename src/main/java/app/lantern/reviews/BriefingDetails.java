package app.lantern.reviews;

/**
 * What a 7-minute briefing says: its title, its subject and the six sections, each plain text
 * (line breaks make paragraphs; lines starting with "- " make bullet points).
 *
 * @param subjectId the case review or rapid review it is about, when recorded in Lantern; may be null
 */
public record BriefingDetails(String title, BriefingSubject subjectKind, Long subjectId, String subjectTitle,
        String background, String whyItMatters, String keyInformation, String whatToRemember, String whatToDo,
        String questions) {
}
