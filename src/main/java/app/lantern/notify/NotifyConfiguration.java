package app.lantern.notify;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler: the outbox sender runs on it, and so does the weekly digest. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotifyConfiguration {
}
