package app.lantern.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Maps GOV.UK Frontend's images ({@code /assets/**}) and script ({@code /govuk/**}) from its
 * webjar. The version is named here rather than found by a webjars locator: a locator switches on
 * Spring's resource chain, which then checks every link on every page against the classpath.
 */
@Configuration(proxyBeanMethods = false)
class GovukFrontend implements WebMvcConfigurer {

    static final String VERSION = "5.14.0";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/assets/");
        registry.addResourceHandler("/govuk/*.js")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/");
    }
}
