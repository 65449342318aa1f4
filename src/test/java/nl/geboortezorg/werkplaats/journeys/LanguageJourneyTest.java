package nl.geboortezorg.werkplaats.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.junit.jupiter.api.Test;

/**
 * Switching to English, in a real browser: after the switch no Dutch label is left on the page,
 * and the switch goes back again.
 */
class LanguageJourneyTest extends JourneyTest {

    /** Every Dutch text of the translations that differs from its English one, without arguments. */
    private static Set<String> dutchOnly() throws IOException {
        Properties dutch = load("nl");
        Properties english = load("en");
        return dutch.stringPropertyNames().stream()
                .filter(key -> !dutch.getProperty(key).contains("{"))
                .filter(key -> !dutch.getProperty(key).equals(english.getProperty(key)))
                .map(dutch::getProperty)
                .filter(text -> text.length() >= 4)
                .collect(Collectors.toSet());
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageJourneyTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> visibleLines(Page page) {
        return Arrays.stream(((String) page.evaluate("() => document.body.innerText")).split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    @Test
    void switching_to_english_changes_every_visible_label() throws IOException {
        Set<String> dutch = dutchOnly();
        Page login = window();
        login.navigate("login");
        accessible(login, "login");
        screenshot(login, "login");

        Page page = signedIn(DemoUsers.UTRECHT);
        accessible(page, "home");
        screenshot(page, "home-dutch");
        page.navigate("profiel");
        waitForVaadin(page);
        assertThat(visibleLines(page)).as("Dutch labels before the switch").containsAnyElementsOf(dutch);
        accessible(page, "profile");

        page.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForLoadState();
        waitForVaadin(page);
        page.getByText("My profile").first().waitFor();

        List<String> after = visibleLines(page);
        assertThat(after).as("Dutch labels left after switching to English").doesNotContainAnyElementsOf(dutch);
        assertThat(after).contains("My profile", "Sign out", "Overview");
        screenshot(page, "profile-english");

        page.getByText("Nederlands", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForLoadState();
        page.getByText("Mijn profiel").first().waitFor();
    }
}
