package app.lantern.reviews;

import org.springframework.validation.Errors;

/** A review type as typed. */
record ReviewTypeForm(String name, String statutory, String publicationMonths, String version) {

    static ReviewTypeForm empty() {
        return new ReviewTypeForm("", "", "6", "");
    }

    static ReviewTypeForm of(ReviewType t) {
        return new ReviewTypeForm(t.name(), t.statutory() ? "yes" : "no", String.valueOf(t.publicationMonths()), String.valueOf(t.version()));
    }

    ReviewTypeForm withVersion(long v) {
        return new ReviewTypeForm(name, statutory, publicationMonths, String.valueOf(v));
    }

    record Checked(String name, boolean statutory, int publicationMonths) {
    }

    Checked checked(Errors errors) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) errors.rejectValue("name", "required", "Enter the name of the review type");
        else if (n.length() > 120) errors.rejectValue("name", "size", "Name must be 120 characters or less");
        if (!"yes".equals(statutory) && !"no".equals(statutory))
            errors.rejectValue("statutory", "required", "Select whether the law requires this kind of review");
        String m = publicationMonths == null ? "" : publicationMonths.strip();
        int months = m.matches("\\d{1,3}") ? Integer.parseInt(m) : -1;
        if (m.isEmpty()) errors.rejectValue("publicationMonths", "required", "Enter how many months after the decision publication is due");
        else if (months < 1 || months > 36)
            errors.rejectValue("publicationMonths", "range", "Months to publication must be a whole number from 1 to 36");
        return errors.hasErrors() ? null : new Checked(n, "yes".equals(statutory), months);
    }
}
