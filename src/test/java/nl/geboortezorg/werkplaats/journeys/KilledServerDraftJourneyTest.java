package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.testsupport.ApplicationProcess;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.SiblingDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A server killed while someone types loses at most the last seconds of their text: the
 * application runs as a process of its own, a professional types a bottleneck's description in
 * it, the process is killed mid-typing (no shutdown, nothing flushed) and started again on the
 * same database; signed in again, the same form holds what was typed up to at most five seconds
 * before the kill. The journey prints how many characters survived.
 */
class KilledServerDraftJourneyTest extends JourneyTest {

    /** Typing steadily at this pace: 25 keys a second asked for, somewhat fewer in practice. */
    private static final int KEY_DELAY_MILLIS = 40;

    /** At most this much typing may be lost when the server dies. */
    private static final Duration MAY_LOSE = Duration.ofSeconds(5);

    private static final String BEFORE_THE_KILL = "Gezinnen die net in Nederland wonen krijgen bij de eerste"
            + " afspraak op de poli veel uitleg in een taal die zij niet goed spreken. Een tolk is er"
            + " zelden, omdat niemand weet wie hem betaalt. Daardoor begrijpen zij de afspraken met de"
            + " kraamzorg en de jeugdgezondheidszorg niet, en missen zij hulp die er wel is.";

    private static final String AFTER_THE_KILL =
            " De verloskundige belt dan achteraf nog eens, met een" + " familielid dat tolkt.";

    private static @Nullable ApplicationProcess application;

    @Autowired
    DataSource dataSource;

    @AfterAll
    static void stopTheApplication() {
        if (application != null) {
            application.close();
            application = null;
        }
    }

    private static Locator description(Page page) {
        return page.locator("#bottleneck-description textarea");
    }

    @Test
    void a_killed_server_loses_at_most_five_seconds_of_typing() {
        ApplicationProcess app = ApplicationProcess.withDemoData(
                SiblingDatabase.create(dataSource, "_killed"), OUTPUT.resolve("killed-server"));
        application = app;
        app.start();

        Page daan = signedIn(DemoUsers.DEN_HAAG, app.port());
        daan.navigate("knelpunten");
        waitForVaadin(daan);
        daan.locator("#raise-bottleneck").click();
        description(daan).click();
        long began = System.nanoTime();
        description(daan)
                .pressSequentially(BEFORE_THE_KILL, new Locator.PressSequentiallyOptions().setDelay(KEY_DELAY_MILLIS));
        Duration typing = Duration.ofNanos(System.nanoTime() - began);
        app.kill();
        // The writer goes on typing for a moment, into a page whose server is gone.
        daan.keyboard().type(AFTER_THE_KILL, new Keyboard.TypeOptions().setDelay(KEY_DELAY_MILLIS));
        assertThat(description(daan)).hasValue(BEFORE_THE_KILL + AFTER_THE_KILL);
        daan.context().close();

        app.start();
        Page again = signedIn(DemoUsers.DEN_HAAG, app.port());
        again.navigate("knelpunten");
        waitForVaadin(again);
        again.locator("#raise-bottleneck").click();
        assertThat(again.locator("#draft-notice")).hasText(Pattern.compile("^Concept van \\d{2}:\\d{2} hersteld"));
        String restored = description(again).inputValue();

        int typed = BEFORE_THE_KILL.length();
        int lost = typed - restored.length();
        double keysPerSecond = typed / (typing.toMillis() / 1000.0);
        long mayLose = Math.round(MAY_LOSE.toMillis() / 1000.0 * keysPerSecond);
        System.out.printf(
                "Draft survived: %d of %d characters (%d lost; typed at %.1f characters a second, so %d may be"
                        + " lost in %d seconds)%n",
                restored.length(), typed, lost, keysPerSecond, mayLose, MAY_LOSE.toSeconds());
        assertThat(BEFORE_THE_KILL).as("what was kept is what was typed").startsWith(restored);
        assertThat(lost)
                .as("characters lost, typing %.1f a second".formatted(keysPerSecond))
                .isLessThanOrEqualTo((int) mayLose);
        accessible(again, "bottleneck dialog with the draft kept through a crash");
        screenshot(again, "restored-after-crash");
    }
}
