package app.lantern.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's settings (see the README's "Configure" table).
 *
 * @param dataDir         where the embedded database and uploads live ({@code LANTERN_DATA_DIR})
 * @param demoData        load the fictional Eastmere partnership; {@code null} means "only with
 *                        the embedded database"
 * @param partnershipName shown in every page's header
 */
@ConfigurationProperties("lantern")
public record LanternProperties(Path dataDir, Boolean demoData, String partnershipName) {

    public LanternProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (partnershipName == null || partnershipName.isBlank()) partnershipName = "Safeguarding Children Partnership";
    }
}
