package app.lantern.web;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells the layout whether the page shows errors, so its title starts with "Error: " (GOV.UK
 * pattern) without each page working it out. A page shows errors when its model holds a binding
 * result with errors, a non-empty {@code errors} list or map, or a {@code problem}; a page with
 * another kind of error sets {@code pageHasErrors} itself.
 */
@Component
class PageErrors implements HandlerInterceptor, WebMvcConfigurer {

    static final String ATTRIBUTE = "pageHasErrors";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.getModel().containsKey(ATTRIBUTE) || !rendersPage(view)) return;
        view.addObject(ATTRIBUTE, showsErrors(view.getModel()));
    }

    /** A redirect would carry the flag into its address: only pages rendered from a template get it. */
    private static boolean rendersPage(ModelAndView view) {
        String name = view.getViewName();
        return name != null ? !name.startsWith("redirect:") && !name.startsWith("forward:") : !(view.getView() instanceof RedirectView);
    }

    static boolean showsErrors(Map<String, Object> model) {
        for (var entry : model.entrySet()) {
            if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                    && entry.getValue() instanceof BindingResult binding && binding.hasErrors()) return true;
        }
        return switch (model.get("errors")) {
            case Collection<?> list -> !list.isEmpty();
            case Map<?, ?> map -> !map.isEmpty();
            case null, default -> model.get("problem") != null;
        };
    }
}
