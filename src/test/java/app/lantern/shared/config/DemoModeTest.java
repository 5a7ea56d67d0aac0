package app.lantern.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import app.lantern.shared.LanternProperties;

class DemoModeTest {

    private final SharedConfiguration configuration = new SharedConfiguration();

    private boolean demo(Boolean setting, String datasourceUrl) {
        var env = new MockEnvironment();
        if (datasourceUrl != null) env.setProperty("spring.datasource.url", datasourceUrl);
        return configuration.demoMode(new LanternProperties(Path.of("data"), setting, "P"), env).enabled();
    }

    @Test
    void demo_data_is_on_by_default_only_with_the_embedded_database() {
        assertThat(demo(null, null)).isTrue();
        assertThat(demo(null, "jdbc:postgresql://db.example/lantern")).isFalse();
    }

    @Test
    void the_operator_setting_wins_either_way() {
        assertThat(demo(true, "jdbc:postgresql://db.example/lantern")).isTrue();
        assertThat(demo(false, null)).isFalse();
    }
}
