package nl.geboortezorg.werkplaats.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.geboortezorg.werkplaats.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A real server that cannot be reached stops the app with one clear line naming the URL tried. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseTest {

    private static final String URL = "jdbc:mariadb://127.0.0.1:1/werkplaats";

    @Test
    void start_up_fails_with_one_line_naming_the_url(CapturedOutput output) {
        // Command-line arguments, so they win over a SPRING_DATASOURCE_URL in the environment.
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .run(
                                "--spring.datasource.url=" + URL,
                                "--spring.datasource.username=root",
                                "--spring.datasource.hikari.connection-timeout=2000",
                                "--server.port=0",
                                // Vaadin's dev-mode tasks run in the background; cut off by the failed start they log
                                // stack traces of their own (interrupted, or class loader already stopped) that
                                // have nothing to do with the database.
                                "--logging.level.com.vaadin=off",
                                "--logging.level.org.apache.catalina.loader=off"))
                .isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("Cannot reach the database at " + URL)
                .contains("SPRING_DATASOURCE_URL")
                .doesNotContain("\tat ");
    }
}
