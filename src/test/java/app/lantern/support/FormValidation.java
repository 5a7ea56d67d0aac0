package app.lantern.support;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Form tests: the errors a form holds after binding, with its Bean Validation annotations checked as @Valid does. */
public final class FormValidation {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private FormValidation() {
    }

    /** A binding result named "form" holding the annotation errors of {@code form}, for the form's own checks to add to. */
    public static BeanPropertyBindingResult bound(Object form) {
        var errors = new BeanPropertyBindingResult(form, "form");
        new SpringValidatorAdapter(VALIDATOR).validate(form, errors);
        return errors;
    }
}
