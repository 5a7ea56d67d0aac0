package app.lantern.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;

/**
 * The form for one part of a chapter. Which fields it shows and checks depends on the kind; the
 * text is kept exactly as typed, whatever is wrong with it, so nothing is lost on an error.
 */
class PartForm {

    static final int SHORT = 300;

    private String kind = Part.Kind.NARRATIVE.name();
    private String body = "";
    private String title = "";
    private String agencies = "";
    private String changed = "";
    private String heardWhere = "";
    private boolean consent;
    private String block = "";
    private String value = "";
    private String source = "";
    private String asOfDay = "";
    private String asOfMonth = "";
    private String asOfYear = "";
    private List<String> covers = List.of();
    private boolean standing;
    private String version = "0";

    static PartForm blank(Part.Kind kind) {
        var f = new PartForm();
        f.kind = kind.name();
        return f;
    }

    static PartForm of(Part p) {
        var f = new PartForm();
        f.kind = p.kind().name();
        f.body = nz(p.body());
        f.title = nz(p.title());
        f.agencies = nz(p.agencies());
        f.changed = nz(p.changed());
        f.heardWhere = nz(p.heardWhere());
        f.consent = Boolean.TRUE.equals(p.consent());
        f.block = nz(p.block());
        f.value = nz(p.value());
        f.source = nz(p.source());
        if (p.asOf() != null) {
            var parts = FormDates.parts(p.asOf());
            f.asOfDay = parts[0];
            f.asOfMonth = parts[1];
            f.asOfYear = parts[2];
        }
        f.covers = p.covers().stream().map(Enum::name).sorted().toList();
        f.standing = p.standing();
        f.version = String.valueOf(p.version());
        return f;
    }

    /** A live figure block part, as new reports start with. */
    static Part figures(String block) {
        return new Part(0, 0, 0, Part.Kind.FIGURES, "", null, null, null, null, null, block, null, null, null, Set.of(), false, 0);
    }

    Part.Kind kindValue() {
        try {
            return Part.Kind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Part.Kind.NARRATIVE;
        }
    }

    /** The part this form describes, or null with the errors recorded. {@code blocks}: the figure blocks on offer. */
    Part check(Errors errors, List<String> blocks) {
        var k = kindValue();
        LocalDate asOf = null;
        switch (k) {
            case NARRATIVE -> {
                if (body == null || body.isBlank()) errors.rejectValue("body", "required", "Enter the text");
                else ReportText.problems(body).stream().findFirst().ifPresent(p -> errors.rejectValue("body", "invalid", p));
            }
            case FIGURES -> {
                if (block == null || block.isBlank()) errors.rejectValue("block", "required", "Select the figures to show");
                else if (!blocks.contains(block)) errors.rejectValue("block", "unknown", "Select figures from the list");
            }
            case CASE_STUDY -> {
                required(errors, "title", title, "Enter the case study's title", SHORT);
                requiredText(errors, "body", body, "Enter the story, anonymised");
                optional(errors, "agencies", agencies, 500);
                requiredText(errors, "changed", changed, "Enter what changed for the child");
                if (!consent) errors.rejectValue("consent", "required", "Confirm that consent to tell this story is recorded");
            }
            case VOICE -> {
                requiredText(errors, "body", body, "Enter what children or families said");
                required(errors, "heardWhere", heardWhere, "Enter where it was said", SHORT);
                requiredText(errors, "changed", changed, "Enter what changed because of it");
            }
            case CONTEXT -> {
                required(errors, "title", title, "Enter what the figure counts", SHORT);
                required(errors, "value", value, "Enter the figure", 100);
                required(errors, "source", source, "Enter where the figure comes from", SHORT);
                asOf = FormDates.date(asOfDay, asOfMonth, asOfYear, true, "asOf", "date of the figure", errors);
            }
        }
        var chosen = EnumSet.noneOf(ChecklistItem.class);
        for (String c : covers == null ? List.<String>of() : covers) {
            if (ChecklistItem.known(c)) chosen.add(ChecklistItem.valueOf(c));
        }
        if (errors.hasErrors()) return null;
        return switch (k) {
            case NARRATIVE -> new Part(0, 0, 0, k, body, null, null, null, null, null, null, null, null, null, chosen, standing, versionValue());
            case FIGURES -> new Part(0, 0, 0, k, "", null, null, null, null, null, block, null, null, null, chosen, false, versionValue());
            case CASE_STUDY -> new Part(0, 0, 0, k, body, title.strip(), blankToNull(agencies), changed, null, true, null, null, null, null,
                    chosen, false, versionValue());
            case VOICE -> new Part(0, 0, 0, k, body, null, null, changed, heardWhere.strip(), null, null, null, null, null, chosen, false,
                    versionValue());
            case CONTEXT -> new Part(0, 0, 0, k, "", title.strip(), null, null, null, null, null, value.strip(), source.strip(), asOf, chosen,
                    false, versionValue());
        };
    }

    private static void required(Errors errors, String field, String value, String message, int max) {
        if (value == null || value.isBlank()) errors.rejectValue(field, "required", message);
        else if (value.strip().length() > max) errors.rejectValue(field, "tooLong", "This must be " + max + " characters or fewer");
    }

    private static void requiredText(Errors errors, String field, String value, String message) {
        if (value == null || value.isBlank()) errors.rejectValue(field, "required", message);
        else ReportText.problems(value).stream().findFirst().ifPresent(p -> errors.rejectValue(field, "invalid", p));
    }

    private static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) errors.rejectValue(field, "tooLong", "This must be " + max + " characters or fewer");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // bean properties for binding

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAgencies() { return agencies; }
    public void setAgencies(String agencies) { this.agencies = agencies; }
    public String getChanged() { return changed; }
    public void setChanged(String changed) { this.changed = changed; }
    public String getHeardWhere() { return heardWhere; }
    public void setHeardWhere(String heardWhere) { this.heardWhere = heardWhere; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getBlock() { return block; }
    public void setBlock(String block) { this.block = block; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getAsOfDay() { return asOfDay; }
    public void setAsOfDay(String asOfDay) { this.asOfDay = asOfDay; }
    public String getAsOfMonth() { return asOfMonth; }
    public void setAsOfMonth(String asOfMonth) { this.asOfMonth = asOfMonth; }
    public String getAsOfYear() { return asOfYear; }
    public void setAsOfYear(String asOfYear) { this.asOfYear = asOfYear; }
    public List<String> getCovers() { return covers; }
    public void setCovers(List<String> covers) { this.covers = covers == null ? List.of() : covers; }
    public boolean isStanding() { return standing; }
    public void setStanding(boolean standing) { this.standing = standing; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }

    /** The version the form was read at; a value that is not one counts as someone else's change. */
    long versionValue() {
        return app.lantern.shared.FormValues.version(version);
    }
}
