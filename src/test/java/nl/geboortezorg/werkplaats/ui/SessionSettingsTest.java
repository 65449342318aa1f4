package nl.geboortezorg.werkplaats.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Idle sessions end: the servlet timeout defaults to 30 minutes and Vaadin's heartbeat does not keep them alive. */
class SessionSettingsTest extends ViewTest {

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    @Test
    void idle_sessions_end_after_thirty_minutes_by_default() {
        openAs(DemoUsers.OBSERVER, "");

        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }
}
