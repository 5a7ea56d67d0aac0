package app.lantern.shared;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Keeps a form's errors when a page puts a changed copy of the form (model attribute "form") in the model. */
public final class FormErrors {

    private static final String BINDING = BindingResult.MODEL_KEY_PREFIX + "form";

    private FormErrors() {
    }

    /**
     * Puts a changed copy of the form in the model with the errors found on the original: replacing
     * the form object would otherwise drop its errors.
     */
    public static <T> T keep(Model model, T newForm, BindingResult errors) {
        var fresh = new BeanPropertyBindingResult(newForm, "form");
        fresh.addAllErrors(errors);
        model.addAttribute("form", newForm);
        model.addAttribute(BINDING, fresh);
        return newForm;
    }
}
