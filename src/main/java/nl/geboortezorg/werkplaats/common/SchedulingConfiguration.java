package nl.geboortezorg.werkplaats.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work that runs on a schedule: reading other instances' live events, forgetting old ones, the
 * e-mail digest. Two scheduler threads (spring.task.scheduling.pool.size), so that a slow mail
 * server never holds up live updates.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
