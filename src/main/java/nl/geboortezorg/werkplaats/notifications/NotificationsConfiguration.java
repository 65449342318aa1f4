package nl.geboortezorg.werkplaats.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The digest runs on a schedule. */
@Configuration
@EnableScheduling
class NotificationsConfiguration {
}
