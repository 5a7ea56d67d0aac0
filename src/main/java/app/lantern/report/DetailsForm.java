package app.lantern.report;

import java.util.List;

import org.springframework.validation.Errors;

/** The report's details: the three lead partners who sign it off, and the summary for children and families. */
class DetailsForm {

    private String localAuthority = "";
    private String police = "";
    private String icb = "";
    private String childrenText = "";
    private String version = "0";

    static DetailsForm of(Report report) {
        var f = new DetailsForm();
        f.localAuthority = id(report.leads().localAuthority());
        f.police = id(report.leads().police());
        f.icb = id(report.leads().icb());
        f.childrenText = report.childrenText();
        f.version = String.valueOf(report.version());
        return f;
    }

    /** The leads chosen (any may be left for later), or null with errors; {@code candidates}: the partner leads. */
    Report.Leads check(Errors errors, List<Long> candidates) {
        Long la = lead(errors, "localAuthority", localAuthority, candidates);
        Long pol = lead(errors, "police", police, candidates);
        Long ic = lead(errors, "icb", icb, candidates);
        ReportText.problems(childrenText).stream().findFirst().ifPresent(p -> errors.rejectValue("childrenText", "invalid", p));
        return errors.hasErrors() ? null : new Report.Leads(la, pol, ic);
    }

    private static Long lead(Errors errors, String field, String value, List<Long> candidates) {
        if (value == null || value.isBlank()) return null;
        try {
            long id = Long.parseLong(value.strip());
            if (candidates.contains(id)) return id;
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        errors.rejectValue(field, "invalid", "Select a safeguarding partner lead from the list");
        return null;
    }

    private static String id(Long id) {
        return id == null ? "" : String.valueOf(id);
    }

    public String getLocalAuthority() { return localAuthority; }
    public void setLocalAuthority(String localAuthority) { this.localAuthority = localAuthority; }
    public String getPolice() { return police; }
    public void setPolice(String police) { this.police = police; }
    public String getIcb() { return icb; }
    public void setIcb(String icb) { this.icb = icb; }
    public String getChildrenText() { return childrenText; }
    public void setChildrenText(String childrenText) { this.childrenText = childrenText == null ? "" : childrenText; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }

    /** The version the form was read at; a value that is not one counts as someone else's change. */
    long versionValue() {
        return app.lantern.shared.FormValues.version(version);
    }
}
