package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.junit.jupiter.api.Test;

/**
 * A factsheet from draft to the public knowledge base and out again, in real browsers: a
 * professional of Den Haag writes it for the public and submits it, the facilitator publishes it,
 * and a visitor who is not signed in finds and reads it in the knowledge base. The professional
 * then discards a new version they started, and the facilitator withdraws the factsheet, after
 * which the visitor no longer finds it.
 */
class FactsheetJourneyTest extends JourneyTest {

    private static final Map<String, String> SECTIONS = Map.of(
            "context", "Veel zwangeren in Den Haag Zuidwest hebben schulden.",
            "targetGroup", "Zwangeren met stapeling van problemen.",
            "approach", "Een sociaal verloskundige ziet elke zwangere bij de eerste afspraak.",
            "results", "Meer zwangeren vroeg in beeld bij het wijkteam.",
            "lessons", "Werk vanaf het begin samen met de gemeente.",
            "contact", "Team sociale verloskunde, Den Haag");

    @Test
    void a_public_factsheet_is_written_published_and_read_without_signing_in() {
        String title = "Sociale verloskunde Zuidwest " + System.nanoTime();

        Page daan = signedIn(DemoUsers.DEN_HAAG);
        daan.navigate("factsheets");
        waitForVaadin(daan);
        accessible(daan, "factsheet list");
        daan.locator("#new-factsheet").click();
        daan.locator("#factsheet-title-field input").fill(title);
        daan.locator("#factsheet-level vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Openbaar"))
                .click();
        SECTIONS.forEach((field, text) ->
                daan.locator("#factsheet-" + field + " textarea").fill(text));
        daan.locator("#factsheet-partners input").click();
        daan.locator("vaadin-multi-select-combo-box-item:visible").first().click();
        daan.keyboard().press("Escape");
        waitForVaadin(daan);
        accessible(daan, "factsheet dialog");
        screenshot(daan, "factsheet-dialog");
        daan.locator("#save-factsheet").click();
        daan.waitForURL(Pattern.compile(".*/factsheets/\\d+$"));
        waitForVaadin(daan);
        assertThat(daan.locator("#factsheet-title")).hasText(title);
        daan.locator("#submit-factsheet").click();
        assertThat(daan.locator("#factsheet-state")).hasText(Pattern.compile("Ingediend"));
        accessible(daan, "submitted factsheet");
        screenshot(daan, "submitted");
        String page = daan.url().replaceFirst("^https?://[^/]+/", "");
        String id = page.substring(page.lastIndexOf('/') + 1);

        Page fenna = signedIn(DemoUsers.FACILITATOR);
        fenna.navigate(page);
        waitForVaadin(fenna);
        fenna.locator("#publish-factsheet").click();
        Locator confirm = fenna.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        confirm.waitFor();
        accessible(fenna, "publish confirmation");
        screenshot(fenna, "publish-confirmation");
        confirm.click();
        assertThat(fenna.locator("#factsheet-state")).hasText(Pattern.compile("Gepubliceerd"));

        Page visitor = window();
        visitor.navigate("kennisbank");
        waitForVaadin(visitor);
        visitor.locator("#knowledge-base-search input").fill(title);
        visitor.locator("#knowledge-base-search input").press("Enter");
        assertThat(visitor.locator("#public-factsheets")).containsText(title);
        accessible(visitor, "knowledge base");
        screenshot(visitor, "knowledge-base");
        visitor.navigate("kennisbank/" + id);
        waitForVaadin(visitor);
        assertThat(visitor.locator("#factsheet-title")).hasText(title);
        assertThat(visitor.locator("body")).containsText(SECTIONS.get("approach"));
        assertThat(visitor.url()).doesNotContain("login");
        accessible(visitor, "public factsheet");
        screenshot(visitor, "public-factsheet");

        // Daan starts a new version, then thinks better of it and discards it.
        daan.navigate(page);
        waitForVaadin(daan);
        daan.locator("#revise-factsheet").click();
        daan.locator("#save-factsheet").waitFor();
        daan.keyboard().press("Escape");
        waitForVaadin(daan);
        assertThat(daan.locator("#factsheet-state")).hasText(Pattern.compile("Concept"));
        daan.locator("#delete-factsheet").click();
        Locator discard = daan.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        discard.waitFor();
        accessible(daan, "discard revision confirmation");
        screenshot(daan, "discard-revision-confirmation");
        discard.click();
        assertThat(daan.locator("#factsheet-state")).hasText(Pattern.compile("Gepubliceerd"));

        // A reader has the public page open while it is withdrawn.
        Page reader = window();
        reader.navigate("kennisbank/" + id);
        waitForVaadin(reader);
        String pdf = "http://localhost:" + port + "/"
                + java.util.Objects.requireNonNull(
                                reader.locator("#factsheet-pdf").getAttribute("href"))
                        .replaceFirst("^/", "");
        assertThat(reader.request().get(pdf).status()).isEqualTo(200);

        // The facilitator withdraws it from the knowledge base, with a reason.
        fenna.navigate(page);
        waitForVaadin(fenna);
        fenna.locator("#withdraw-factsheet").click();
        fenna.locator("#withdraw-reason textarea").waitFor();
        accessible(fenna, "withdraw dialog");
        screenshot(fenna, "withdraw-dialog");
        fenna.locator("#withdraw-reason textarea").fill("De werkwijze is vervangen.");
        fenna.locator("#confirm-withdraw").click();
        assertThat(fenna.locator("#factsheet-state")).hasText(Pattern.compile("Ingetrokken"));
        assertThat(fenna.locator("#withdrawal-notice")).containsText("De werkwijze is vervangen.");
        accessible(fenna, "withdrawn factsheet");

        visitor.navigate("kennisbank");
        waitForVaadin(visitor);
        visitor.locator("#knowledge-base-search input").fill(title);
        visitor.locator("#knowledge-base-search input").press("Enter");
        waitForVaadin(visitor);
        assertThat(visitor.locator("#public-factsheets")).not().containsText(title);
        visitor.navigate("kennisbank/" + id);
        waitForVaadin(visitor);
        assertThat(visitor.locator("#factsheet-title")).hasCount(0);
        // The page opened before the withdrawal no longer serves its PDF either.
        assertThat(reader.request().get(pdf).status()).isEqualTo(404);
    }
}
