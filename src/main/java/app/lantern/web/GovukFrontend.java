package app.lantern.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Maps GOV.UK Frontend's images and scripts from its webjar. */
@Configuration(proxyBeanMethods = false)
class GovukFrontend implements WebMvcConfigurer {

    static final String VERSION = "5.14.0";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/assets/");
    }
}
