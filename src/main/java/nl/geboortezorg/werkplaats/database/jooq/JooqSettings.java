package nl.geboortezorg.werkplaats.database.jooq;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How jOOQ talks to MariaDB. Detail reads fetch their children as multisets, which jOOQ emulates
 * on MariaDB with GROUP_CONCAT; by default it would widen group_concat_max_len around each such
 * query with extra statements in the same call, which the driver refuses. Every pooled connection
 * widens it once instead (spring.datasource.hikari.connection-init-sql), so long texts, such as
 * an agenda item's notes, are never cut off.
 */
@Configuration(proxyBeanMethods = false)
class JooqSettings {

    @Bean
    DefaultConfigurationCustomizer multisetsWithoutSessionVariables() {
        return configuration -> configuration.settings().setRenderGroupConcatMaxLenSessionVariable(false);
    }
}
