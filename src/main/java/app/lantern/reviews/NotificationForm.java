package app.lantern.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

import app.lantern.shared.FormDates;
import app.lantern.shared.FormValues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the business unit types about a notification. Every field is text, so binding never
 * fails; the annotations check each field on its own, {@link #details} what depends on other
 * fields or on the organisations known, putting GOV.UK messages on the fields.
 */
record NotificationForm(
        @NotBlank(message = "Enter the child’s pseudonymised reference")
        @Size(max = NotificationForm.MAX_REFERENCE, message = "Reference must be " + NotificationForm.MAX_REFERENCE + " characters or less")
        String childReference,
        String childInitials,
        String dateOfBirthDay, String dateOfBirthMonth, String dateOfBirthYear,
        @Pattern(regexp = "\\s*|\\s*(0{0,2}[0-9]|0?1[0-7])\\s*", message = "Age must be a whole number of years from 0 to 17")
        String ageYears,
        String sex,
        String ethnicity,
        String incidentDay, String incidentMonth, String incidentYear,
        String awareDay, String awareMonth, String awareYear,
        String harm,
        String abuse,
        String lookedAfter,
        List<String> agencies,
        String notifiedDay, String notifiedMonth, String notifiedYear,
        @Size(max = NotificationForm.MAX_SUMMARY, message = "What happened must be " + NotificationForm.MAX_SUMMARY + " characters or less")
        String summary,
        String version) {

    static final int MAX_REFERENCE = 40;
    static final int MAX_SUMMARY = 4000;
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("[\\p{L}]{1,4}");

    NotificationForm {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    static NotificationForm empty() {
        return new NotificationForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", null);
    }

    static NotificationForm of(NotificationDetails d, long version) {
        String[] dob = FormDates.parts(d.dateOfBirth()), inc = FormDates.parts(d.incidentDate()),
                aware = FormDates.parts(d.awareDate()), notified = FormDates.parts(d.notifiedDate());
        return new NotificationForm(d.childReference(), d.childInitials(), dob[0], dob[1], dob[2],
                d.ageYears() == null ? "" : d.ageYears().toString(), d.sex().name(), d.ethnicity().name(),
                inc[0], inc[1], inc[2], aware[0], aware[1], aware[2], d.harm().name(), d.abuse().name(),
                d.lookedAfter() ? "YES" : "NO", d.agencyIds().stream().map(String::valueOf).toList(),
                notified[0], notified[1], notified[2], d.summary() == null ? "" : d.summary(), String.valueOf(version));
    }

    NotificationForm withVersion(long newVersion) {
        return new NotificationForm(childReference, childInitials, dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, ageYears,
                sex, ethnicity, incidentDay, incidentMonth, incidentYear, awareDay, awareMonth, awareYear, harm, abuse,
                lookedAfter, agencies, notifiedDay, notifiedMonth, notifiedYear, summary, String.valueOf(newVersion));
    }

    /**
     * The details, or null with errors recorded. Dates must be in order: the incident not in the
     * future, the LA aware on or after the incident, the panel notified on or after that (and not
     * in the future); the date of birth not after the incident.
     *
     * @param knownAgencies ids of the organisations that may be chosen
     */
    NotificationDetails details(LocalDate today, Set<Long> knownAgencies, Errors errors) {
        String ref = strip(childReference);
        String initials = strip(childInitials).replace(".", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (initials.isEmpty()) errors.rejectValue("childInitials", "required", "Enter the child’s initials");
        else if (!INITIALS.matcher(initials).matches()) errors.rejectValue("childInitials", "invalid", "Initials must be 1 to 4 letters, like JS");

        LocalDate dob = FormDates.date(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, false, "dateOfBirth", "date of birth", errors);
        boolean dobTyped = !(strip(dateOfBirthDay).isEmpty() && strip(dateOfBirthMonth).isEmpty() && strip(dateOfBirthYear).isEmpty());
        String ageText = strip(ageYears);
        Long ageValue = FormValues.wholeNumber(ageText);
        Integer age = ageValue == null ? null : ageValue.intValue();
        if (!dobTyped && ageText.isEmpty()) {
            errors.rejectValue("dateOfBirthDay", "required", "Enter the child’s date of birth or their age in years");
        } else if (dobTyped && !ageText.isEmpty()) {
            errors.rejectValue("ageYears", "both", "Enter either the date of birth or the age, not both");
        }

        IncidentSex sexValue = choice(IncidentSex.class, sex, "sex", "Select the child’s sex", errors);
        IncidentEthnicity ethnicityValue = choice(IncidentEthnicity.class, ethnicity, "ethnicity", "Select the child’s ethnicity, or Not known", errors);

        LocalDate incident = FormDates.date(incidentDay, incidentMonth, incidentYear, true, "incident", "date of the incident", errors);
        LocalDate aware = FormDates.date(awareDay, awareMonth, awareYear, true, "aware", "date the local authority became aware", errors);
        LocalDate notified = FormDates.date(notifiedDay, notifiedMonth, notifiedYear, false, "notified", "date the panel was notified", errors);
        if (incident != null && incident.isAfter(today)) {
            errors.rejectValue("incidentDay", "future", "Date of the incident must be today or in the past");
        }
        if (incident != null && aware != null && aware.isBefore(incident)) {
            errors.rejectValue("awareDay", "order", "Date the local authority became aware must be the same as or after the date of the incident");
        } else if (aware != null && aware.isAfter(today)) {
            errors.rejectValue("awareDay", "future", "Date the local authority became aware must be today or in the past");
        }
        if (aware != null && notified != null && notified.isBefore(aware)) {
            errors.rejectValue("notifiedDay", "order", "Date the panel was notified must be the same as or after the date the local authority became aware");
        } else if (notified != null && notified.isAfter(today)) {
            errors.rejectValue("notifiedDay", "future", "Date the panel was notified must be today or in the past");
        }
        if (dob != null && incident != null) {
            if (dob.isAfter(incident)) errors.rejectValue("dateOfBirthDay", "order", "Date of birth must be on or before the date of the incident");
            else if (dob.plusYears(18).isBefore(incident) || dob.plusYears(18).isEqual(incident))
                errors.rejectValue("dateOfBirthDay", "adult", "The child must have been under 18 at the incident");
        }

        IncidentHarm harmValue = choice(IncidentHarm.class, harm, "harm", "Select whether the child died or was seriously harmed", errors);
        IncidentAbuse abuseValue = choice(IncidentAbuse.class, abuse, "abuse", "Select whether abuse or neglect is known or suspected", errors);
        Boolean looked = switch (strip(lookedAfter)) {
            case "YES" -> true;
            case "NO" -> false;
            default -> {
                errors.rejectValue("lookedAfter", "required", "Select whether the child was looked after");
                yield null;
            }
        };
        var agencyIds = new ArrayList<Long>();
        for (String a : agencies) {
            Long id = FormValues.id(a);
            if (id == null) continue;
            if (!knownAgencies.contains(id)) {
                errors.rejectValue("agencies", "invalid", "Select agencies from the list");
                break;
            }
            if (!agencyIds.contains(id)) agencyIds.add(id);
        }
        String text = strip(summary);
        if (errors.hasErrors()) return null;
        return new NotificationDetails(ref, initials, dob, age, sexValue, ethnicityValue, incident, aware, harmValue, abuseValue,
                looked, agencyIds, notified, text.isEmpty() ? null : text);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message, Errors errors) {
        E chosen = FormValues.choice(type, value);
        if (chosen == null) errors.rejectValue(field, "required", message);
        return chosen;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
