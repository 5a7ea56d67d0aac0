package app.lantern.shared.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import app.lantern.shared.LanternProperties;

/**
 * Starts PostgreSQL from the zonky binaries inside the data directory when no
 * {@code spring.datasource.url} is set, so {@code ./mvnw spring-boot:run} needs nothing installed.
 * The database files survive restarts; one running instance may use a data directory at a time.
 * Tests set {@code lantern.embedded-database.ephemeral=true} for a fresh, throw-away cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(LanternProperties properties,
            @Value("${lantern.embedded-database.ephemeral:false}") boolean ephemeral) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath();
        Path binaries = ephemeral ? Path.of("target", "pg-bin").toAbsolutePath() : dataDir.resolve("pg-bin");
        Path cluster = ephemeral ? Files.createTempDirectory("lantern-pg-") : dataDir.resolve("pg");
        Files.createDirectories(binaries);
        System.setProperty("ot.epg.working-dir", binaries.toString());
        log.info("Starting embedded PostgreSQL in {}", cluster);
        var builder = EmbeddedPostgres.builder();
        if (!ephemeral) {
            // zonky starts PostgreSQL tuned for throw-away test databases; a kept database must survive a crash.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        return builder
                // Spring stops PostgreSQL when the context closes, after the beans that still use it;
                // zonky's own shutdown hook would race with that and leave the context waiting.
                .setRegisterShutdownHook(false)
                .setDataDirectory(cluster)
                .setCleanDataDirectory(ephemeral)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "100")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("lantern-embedded");
        ds.setMaximumPoolSize(20);
        return ds;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
