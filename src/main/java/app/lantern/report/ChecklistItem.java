package app.lantern.report;

import java.util.Arrays;

import app.lantern.shared.Labelled;

/**
 * What Working Together asks a yearly report to cover, as the checklist before sign-off tests it.
 * Each names the statutory text it comes from, the live figure block that on its own shows the item
 * is covered (if any), and the default chapter where it usually goes. The wording of the 2018 list
 * is kept where the 2023 guidance points back to it; both are quoted by {@link #source()}.
 */
enum ChecklistItem implements Labelled {
    DONE_AND_EFFECTIVE("What the partners did and how effective it was",
            "Working Together to Safeguard Children 2023, chapter 2: report on the activity undertaken and how effective the arrangements have been in practice",
            null, "Progress against priorities"),
    IMPACT("Evidence of impact on children and families, not only activity",
            "Working Together to Safeguard Children 2018, chapter 3: evidence of the impact of the work of the safeguarding partners and relevant agencies, including training, on outcomes for children and families",
            null, "Highlights of the year"),
    LITTLE_PROGRESS("Areas of little or no progress",
            "Working Together to Safeguard Children 2018, chapter 3: an analysis of any areas where there has been little or no evidence of progress on agreed priorities",
            null, "Progress against priorities"),
    REVIEW_RECOMMENDATIONS("Decisions and actions on local and national review recommendations, and their progress",
            "Working Together to Safeguard Children 2018, chapter 3: a record of decisions and actions taken in the report's period to implement the recommendations of any local and national child safeguarding practice reviews, including any resulting improvements",
            "Case reviews", "Learning from case reviews"),
    VOICE("How children's and families' views changed services",
            "Working Together to Safeguard Children 2018, chapter 3: ways in which the partners have sought and used feedback from children and families to inform their work and influence service provision",
            null, "Highlights of the year"),
    TRAINING("Training and its impact beyond attendance",
            "Working Together to Safeguard Children 2018, chapter 3: evidence of the impact of the work, including training, on outcomes for children and families",
            null, "Key activity: audits and training"),
    SCRUTINY("Independent scrutiny's view",
            "Working Together to Safeguard Children 2023, chapter 2: independent scrutiny of how well the arrangements are working, reflected in the yearly report",
            null, "Independent scrutiny"),
    FUNDING("Funding",
            "Working Together to Safeguard Children 2023, chapter 2: the report sets out the funding of the arrangements and each partner's contribution",
            "Budget", "Funding and resourcing");

    private final String label;
    private final String source;
    private final String block;
    private final String chapter;

    ChecklistItem(String label, String source, String block, String chapter) {
        this.label = label;
        this.source = source;
        this.block = block;
        this.chapter = chapter;
    }

    @Override
    public String label() {
        return label;
    }

    /** The statutory text the item comes from. */
    String source() {
        return source;
    }

    /** The live figure block whose presence in the draft covers the item; null when only writing covers it. */
    String block() {
        return block;
    }

    /** The default chapter where the item is usually covered. */
    String chapter() {
        return chapter;
    }

    static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(i -> i.name().equals(code));
    }
}
