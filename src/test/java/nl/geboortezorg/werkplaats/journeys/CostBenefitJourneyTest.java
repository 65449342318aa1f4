package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.junit.jupiter.api.Test;

/**
 * A cost-benefit analysis in a real browser: a professional of Den Haag creates one, adds two
 * stakeholders, a cost for the municipality and a benefit for the health insurer, and sees the net
 * present value and the table of who pays and who gains change with every line item.
 */
class CostBenefitJourneyTest extends JourneyTest {

    private static void stakeholder(Page page, String name, String stream) {
        page.locator("#add-stakeholder").click();
        page.locator("#stakeholder-name input").fill(name);
        choose(page, "#stakeholder-stream", stream);
        page.locator("#save-stakeholder").click();
        page.locator("#save-stakeholder")
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(page.locator("#mkba-stakeholders")).containsText(name);
    }

    private void item(Page page, String button, String description, String stakeholder, String amount) {
        page.locator(button).click();
        page.locator("#item-description input").fill(description);
        choose(page, "#item-stakeholder", stakeholder);
        page.locator("#item-amount input").fill(amount);
        waitForVaadin(page);
        if (button.equals("#add-cost")) {
            accessible(page, "line item dialog");
            screenshot(page, "line-item-dialog");
        }
        page.locator("#save-item").click();
        page.locator("#save-item")
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(page.locator("#mkba-items")).containsText(description);
    }

    @Test
    void line_items_update_the_net_present_value_and_who_pays() {
        String title = "MKBA tolkenzorg " + System.nanoTime();
        Page daan = signedIn(DemoUsers.DEN_HAAG);
        daan.navigate("mkba");
        waitForVaadin(daan);
        accessible(daan, "analysis list");
        daan.locator("#new-mkba").click();
        daan.locator("#mkba-title input").fill(title);
        accessible(daan, "new analysis dialog");
        daan.locator("#save-mkba").click();
        daan.waitForURL(Pattern.compile(".*/mkba/\\d+$"));
        waitForVaadin(daan);
        assertThat(daan.locator("#mkba-heading")).hasText(title);
        String empty = daan.locator("#mkba-npv").innerText();

        stakeholder(daan, "Gemeente Den Haag", "Gemeentebegroting");
        stakeholder(daan, "Zorgverzekeraar", "Zorgverzekeringswet");

        item(daan, "#add-cost", "Inzet tolken", "Gemeente Den Haag", "50000");
        String afterCost = daan.locator("#mkba-npv").innerText();
        assertThat(afterCost)
                .as("a loss once there is only a cost")
                .isNotEqualTo(empty)
                .containsPattern("[-\u2212]");
        assertThat(daan.locator("#mkba-who-pays")).containsText("Gemeente Den Haag");

        item(daan, "#add-benefit", "Minder spoedopnames", "Zorgverzekeraar", "80000");
        String afterBenefit = daan.locator("#mkba-npv").innerText();
        assertThat(afterBenefit)
                .as("a gain once the benefit outweighs it")
                .isNotEqualTo(afterCost)
                .doesNotContainPattern("[-\u2212]");
        Locator whoPays = daan.locator("#mkba-who-pays");
        assertThat(whoPays).containsText("Zorgverzekeraar");
        assertThat(whoPays).containsText("Gemeente Den Haag");
        accessible(daan, "analysis with results");
        screenshot(daan, "analysis-results");
    }
}
