package app.lantern;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * An integration test against the running application on a random port, with the embedded
 * PostgreSQL and the Eastmere demo data. All such tests share one context (and one database),
 * so each test creates the records it changes, with names of its own. Every such test runs on the
 * same day ({@link app.lantern.support.FixedClockConfiguration#TODAY}): take "today" from the
 * {@code Clock} bean, never {@code LocalDate.now()}.
 * Use {@code @WithUserDetails("admin@eastmere.example")} to act as a demo person through MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(app.lantern.support.FixedClockConfiguration.class)
@AutoConfigureMockMvc
public @interface LanternIntegrationTest {
}
