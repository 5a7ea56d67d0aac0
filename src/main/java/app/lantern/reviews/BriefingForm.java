package app.lantern.reviews;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the business unit types to write or change a 7-minute briefing. All text, so binding never fails. */
record BriefingForm(
        @NotBlank(message = "Enter a title")
        @Size(max = BriefingText.MAX_TITLE, message = "Title must be " + BriefingText.MAX_TITLE + " characters or less")
        String title,
        String subjectKind,
        String subjectId,
        @NotBlank(message = "Enter the name of the review or audit")
        @Size(max = BriefingText.MAX_SUBJECT_TITLE, message = "Name of the review or audit must be " + BriefingText.MAX_SUBJECT_TITLE
                + " characters or less")
        String subjectTitle,
        String background,
        String whyItMatters, String keyInformation, String whatToRemember, String whatToDo, String questions,
        String version) {

    /** The six sections in order: field name and heading. */
    static final java.util.List<String[]> SECTIONS = java.util.List.of(
            new String[]{"background", "Background"},
            new String[]{"whyItMatters", "Why it matters"},
            new String[]{"keyInformation", "Key information"},
            new String[]{"whatToRemember", "What to remember"},
            new String[]{"whatToDo", "What to do"},
            new String[]{"questions", "Questions to reflect on"});

    static BriefingForm blank() {
        return new BriefingForm("", "", "", "", "", "", "", "", "", "", null);
    }

    /** Finds the review a briefing is about by the reference shown on the review's page. */
    interface SubjectLookup {
        java.util.Optional<Long> idOf(BriefingSubject kind, String reference);
    }

    /** {@code subjectReference}: the reference of the review the briefing names, or empty. */
    static BriefingForm of(BriefingRecord b, String subjectReference) {
        var d = b.details();
        return new BriefingForm(d.title(), d.subjectKind().name(), subjectReference == null ? "" : subjectReference,
                d.subjectTitle(), d.background(), d.whyItMatters(), d.keyInformation(), d.whatToRemember(), d.whatToDo(),
                d.questions(), String.valueOf(b.version()));
    }

    BriefingForm withVersion(long v) {
        return new BriefingForm(title, subjectKind, subjectId, subjectTitle, background, whyItMatters, keyInformation,
                whatToRemember, whatToDo, questions, String.valueOf(v));
    }

    /** The briefing's details, or null after putting a GOV.UK error on each wrong field. */
    BriefingDetails check(Errors errors, SubjectLookup lookup) {
        String t = oneLine(title);
        BriefingSubject kind = null;
        for (var k : BriefingSubject.values()) if (k.name().equals(subjectKind == null ? "" : subjectKind.strip())) kind = k;
        if (kind == null) errors.rejectValue("subjectKind", "required", "Select what the briefing is about");
        Long id = null;
        String reference = subjectId == null ? "" : subjectId.strip().toUpperCase(java.util.Locale.ROOT);
        if (!reference.isEmpty() && kind != null) {
            if (kind != BriefingSubject.CASE_REVIEW && kind != BriefingSubject.RAPID_REVIEW) {
                errors.rejectValue("subjectId", "kind", "Only a case review or a rapid review has a reference in Lantern: "
                        + "leave it empty for an audit or other learning");
            } else if (reference.length() > 20) {
                errors.rejectValue("subjectId", "long", "Reference must be 20 characters or less, like CR-2023-01");
            } else {
                id = lookup.idOf(kind, reference).orElse(null);
                if (id == null) {
                    errors.rejectValue("subjectId", "unknown", "There is no " + (kind == BriefingSubject.CASE_REVIEW ? "case review"
                            : "rapid review") + " with the reference " + reference + " in Lantern: copy it from the review’s page, "
                            + "or leave it empty");
                }
            }
        }
        String st = oneLine(subjectTitle);
        String[] texts = {background, whyItMatters, keyInformation, whatToRemember, whatToDo, questions};
        String[] checked = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            checked[i] = section(texts[i], SECTIONS.get(i)[0], SECTIONS.get(i)[1], errors);
        }
        if (errors.hasErrors()) return null;
        return new BriefingDetails(t, kind, id, st, checked[0], checked[1], checked[2], checked[3], checked[4], checked[5]);
    }

    private static String section(String text, String field, String heading, Errors errors) {
        String s = BriefingText.normalise(text);
        if (s.isEmpty()) {
            errors.rejectValue(field, "required", "Enter " + heading.toLowerCase(java.util.Locale.ROOT));
        } else if (s.length() > BriefingText.MAX_SECTION) {
            errors.rejectValue(field, "long", heading + " must be " + BriefingText.MAX_SECTION
                    + " characters or less, so the briefing fits on one printed page (it has " + s.length() + ")");
        } else if (BriefingText.lineCount(s) > BriefingText.MAX_SECTION_LINES) {
            errors.rejectValue(field, "lines", heading + " must have " + BriefingText.MAX_SECTION_LINES
                    + " lines or fewer, so the briefing fits on one printed page: join some lines into paragraphs");
        }
        return s;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
