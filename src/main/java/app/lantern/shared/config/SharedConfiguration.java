package app.lantern.shared.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import app.lantern.shared.DemoMode;
import app.lantern.shared.LanternProperties;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** Everything that needs "today" takes it from here, so tests and demo data can fix the date. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    /** Demo data is on by default only when Lantern runs its own embedded database. */
    @Bean
    DemoMode demoMode(LanternProperties properties, Environment environment) {
        if (properties.demoData() != null) return new DemoMode(properties.demoData());
        String url = environment.getProperty("spring.datasource.url");
        return new DemoMode(url == null || url.isBlank());
    }
}
