package app.lantern.partnership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Validator;

/**
 * The rules for one organisation's details, shared by the form and the import so both say the
 * same thing about the same input. Plain Java: uniqueness is asked of a {@link Register}, so the
 * rules run without Spring in tests.
 */
final class OrganisationCheck {

    /** Form fields in page order; problems are reported in this order. */
    static final List<String> FIELDS = List.of("name", "type", "schoolPhase", "sector", "codeScheme", "officialCode",
            "addressLine1", "addressLine2", "town", "postcode", "leadName", "leadEmail", "leadPhone", "active");

    /** A problem with one field, or with the whole record when field is null. */
    record Problem(String field, String message) {
    }

    /** The details if every rule passed, else the problems. */
    record Result(OrganisationDetails details, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What is already in the register, to keep names and codes unique. */
    interface Register {
        Optional<Long> idByName(String name);

        Optional<Long> idByCode(CodeScheme scheme, String code);
    }

    private final Validator validator;

    OrganisationCheck(Validator validator) {
        this.validator = validator;
    }

    /**
     * Checks a form. {@code self} is the organisation being changed (null when adding), so it
     * does not clash with its own name or code.
     */
    Result check(OrganisationForm form, Register register, Long self) {
        var problems = new ArrayList<Problem>();
        for (var v : validator.validate(form)) {
            problems.add(new Problem(v.getPropertyPath().toString(), v.getMessage()));
        }
        OrganisationType type = parse(OrganisationType.class, form.type(), problems, "type",
                "Select a type of organisation from the list");
        SchoolPhase phase = parse(SchoolPhase.class, form.schoolPhase(), problems, "schoolPhase",
                "Select a school phase from the list");
        Sector sector = parse(Sector.class, form.sector(), problems, "sector", "Select a sector from the list");
        CodeScheme scheme = parse(CodeScheme.class, form.codeScheme(), problems, "codeScheme",
                "Select a code scheme from the list");
        Boolean active = parseActive(form.active());
        if (active == null) problems.add(new Problem("active", "Say whether the organisation is active: yes or no"));

        if (type == OrganisationType.SCHOOL && phase == null && blank(form.schoolPhase())) {
            problems.add(new Problem("schoolPhase", "Select the school’s phase"));
        }
        if (type != null && type != OrganisationType.SCHOOL && !blank(form.schoolPhase())) {
            problems.add(new Problem("schoolPhase", "Leave the school phase empty: only schools have a phase"));
        }
        boolean hasCode = !blank(form.officialCode());
        if (scheme != null && !hasCode) {
            problems.add(new Problem("officialCode", "Enter the " + scheme.label() + ", or choose no official code"));
        } else if (hasCode && scheme == null && blank(form.codeScheme())) {
            problems.add(new Problem("codeScheme", "Select which scheme the official code belongs to"));
        } else if (hasCode && scheme != null && !scheme.accepts(form.officialCode())) {
            problems.add(new Problem("officialCode", "Enter a valid " + scheme.label() + ": " + scheme.shapeHint()));
        }

        if (!blank(form.name()) && problems.stream().noneMatch(p -> "name".equals(p.field()))) {
            register.idByName(form.name().strip()).filter(id -> !id.equals(self)).ifPresent(id -> problems.add(
                    new Problem("name", "An organisation called " + form.name().strip() + " is already in the register")));
        }
        if (hasCode && scheme != null && problems.stream().noneMatch(p -> "officialCode".equals(p.field()))) {
            String code = scheme.normalise(form.officialCode());
            register.idByCode(scheme, code).filter(id -> !id.equals(self)).ifPresent(id -> problems.add(
                    new Problem("officialCode", "Another organisation already has the " + scheme.label() + " " + code)));
        }

        problems.sort(Comparator.comparingInt(p -> p.field() == null ? -1 : FIELDS.indexOf(p.field())));
        if (!problems.isEmpty()) return new Result(null, List.copyOf(problems));
        return new Result(new OrganisationDetails(form.name(), type, phase, sector, hasCode ? scheme : null,
                hasCode ? form.officialCode() : null, form.addressLine1(), form.addressLine2(), form.town(), form.postcode(),
                form.leadName(), form.leadEmail(), form.leadPhone(), active), List.of());
    }

    /** An enum value by its name or its label, ignoring case, spaces and hyphens; null if blank. */
    static <E extends Enum<E>> E parse(Class<E> kind, String text, List<Problem> problems, String field, String message) {
        if (blank(text)) return null;
        String wanted = key(text);
        for (E e : kind.getEnumConstants()) {
            if (key(e.name()).equals(wanted) || key(label(e)).equals(wanted)) return e;
        }
        problems.add(new Problem(field, message));
        return null;
    }

    static String label(Enum<?> e) {
        return e instanceof app.lantern.shared.Labelled l ? l.label() : e.name();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    /** yes/no, true/false, y/n; blank means yes. Null when it is none of those. */
    static Boolean parseActive(String text) {
        if (blank(text)) return true;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> null;
        };
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
