package app.lantern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Lantern: one Spring Boot application whose top-level packages are the modules listed in
 * {@code ../shared/DESIGN.md}. Spring Modulith verifies their boundaries in {@code ModularityTests}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class LanternApplication {

    public static void main(String[] args) {
        SpringApplication.run(LanternApplication.class, args);
    }
}
