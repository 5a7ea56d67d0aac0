package app.lantern.shared;

/**
 * The areas the navigation groups its entries into. A person sees an area only when their role
 * opens at least one entry in it; each area has a page listing its entries.
 */
public enum Area implements Labelled {
    PARTNERSHIP("Partnership", "partnership", "Who the partnership is, how it meets and who attends"),
    PLANNING("Plans and actions", "planning", "What the partnership has promised to do, what it costs and how far it has got"),
    ASSURANCE("Quality and performance", "assurance", "Whether agencies meet their duties and whether practice is good"),
    LEARNING("Reviews and learning", "learning", "Learning when a child is harmed, on its statutory clocks, and spreading it"),
    REPORTING("Yearly report", "reporting", "Writing, signing off and publishing the partnership's yearly report"),
    WORKFORCE("Workforce", "workforce", "Training the workforce and allegations against people who work with children"),
    ADMINISTRATION("Administration", "administration", "Accounts, the activity log, email and the working-day calendar");

    private final String label;
    private final String slug;
    private final String description;

    Area(String label, String slug, String description) {
        this.label = label;
        this.slug = slug;
        this.description = description;
    }

    @Override
    public String label() {
        return label;
    }

    /** The area's page, listing the entries a person may open. */
    public String path() {
        return "/areas/" + slug;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }
}
