package app.lantern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class PageErrorsTest {

    record Form(String name) {
    }

    @Test
    void aFormWithErrorsMakesAnErrorPage() {
        var binding = new BeanPropertyBindingResult(new Form(""), "form");
        assertThat(PageErrors.showsErrors(Map.of(BindingResult.MODEL_KEY_PREFIX + "form", binding))).isFalse();
        binding.rejectValue("name", "required", "Enter a name");
        assertThat(PageErrors.showsErrors(Map.of(BindingResult.MODEL_KEY_PREFIX + "form", binding))).isTrue();
    }

    @Test
    void errorListsMapsAndProblemsCountOnlyWhenTheyHoldSomething() {
        assertThat(PageErrors.showsErrors(Map.of("errors", List.of()))).isFalse();
        assertThat(PageErrors.showsErrors(Map.of("errors", List.of("Enter a date")))).isTrue();
        assertThat(PageErrors.showsErrors(Map.of("errors", Map.of("remove", "Give a reason")))).isTrue();
        assertThat(PageErrors.showsErrors(Map.of("problem", "The link has expired"))).isTrue();
        assertThat(PageErrors.showsErrors(Map.of("title", "Users"))).isFalse();
    }
}
