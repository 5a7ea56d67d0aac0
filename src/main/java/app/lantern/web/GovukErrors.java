package app.lantern.web;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts form errors the way the GOV.UK design system asks: the error summary lists one error per
 * field, in the order the fields appear on the page, and a field shows its most basic problem
 * first ("Enter an email address" before "Enter an email address in the correct format").
 * Used by the fragments in {@code fragments/govuk.html} as {@code @govukErrors}.
 */
@Component("govukErrors")
public class GovukErrors {

    private static final Set<String> MISSING = Set.of("NotBlank", "NotEmpty", "NotNull", "required", "missing");

    /** One error per field, global errors first, then in the order the form declares its fields. */
    public List<DetailedError> inFormOrder(List<DetailedError> errors, Object form) {
        List<String> order = fieldOrder(form);
        Map<String, DetailedError> firstPerField = new LinkedHashMap<>();
        var globals = new ArrayList<DetailedError>();
        for (DetailedError e : errors) {
            if (e.isGlobal()) {
                globals.add(e);
                continue;
            }
            firstPerField.merge(e.getFieldName(), e, (a, b) -> rank(b) < rank(a) ? b : a);
        }
        var fields = new ArrayList<>(firstPerField.values());
        fields.sort(Comparator.comparingInt(e -> position(order, e.getFieldName())));
        globals.addAll(fields);
        return globals;
    }

    /** The message a field shows: its most basic problem. */
    public String first(List<DetailedError> errors) {
        return errors.stream().min(Comparator.comparingInt(GovukErrors::rank)).map(DetailedError::getMessage).orElse("");
    }

    private static int rank(DetailedError e) {
        return e.getCode() != null && MISSING.contains(e.getCode()) ? 0 : 1;
    }

    private static int position(List<String> order, String fieldName) {
        String base = fieldName.split("[.\\[]", 2)[0];
        int i = order.indexOf(base);
        if (i < 0) {
            // date parts (dateDay, dateMonth, dateYear) belong to the date field
            for (int j = 0; j < order.size(); j++) if (base.startsWith(order.get(j))) return j;
        }
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static List<String> fieldOrder(Object form) {
        var names = new ArrayList<String>();
        if (form == null) return names;
        Class<?> type = form.getClass();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) names.add(c.getName());
        } else {
            for (Field f : type.getDeclaredFields()) names.add(f.getName());
        }
        return names;
    }
}
