package app.lantern.shared;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** The GOV.UK error summary's state for a page whose form-backing object is the model attribute "form". */
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

    /** Whether the form on this page has errors to show. */
    public static boolean has(Model model) {
        var binding = (BindingResult) model.getAttribute(BINDING);
        return binding != null && binding.hasErrors();
    }
}
