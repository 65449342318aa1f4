package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.StakeholderDraft;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.FundingStream;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.HostileValues;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Hostile input as a browser sees it: every script payload saved as a bottleneck, its comments
 * and a cost-benefit analysis is shown on their pages, in the lists and in search results as the
 * text that was typed, and none of it runs (no script sets {@code window.__pwned}, no dialog
 * opens). Malformed numbers and dates typed into number and date fields get a message at the field
 * and are not saved.
 */
class HostileInputJourneyTest extends JourneyTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    AnalysisLifecycleService lifecycle;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    /** Opens the path and fails when a script ran or a dialog opened there. */
    private static void nothingRuns(Page page, String path, List<String> dialogs) {
        page.navigate(path);
        waitForVaadin(page);
        settled(page);
        assertThat(page.evaluate("() => window.__pwned === undefined"))
                .as("no script ran on " + path)
                .isEqualTo(true);
        assertThat(dialogs).as("no dialog opened on " + path).isEmpty();
        assertThat(page.evaluate("() => document.querySelectorAll('a[href^=\"javascript\" i], a[href^=\"data\" i],"
                        + " iframe, object, embed').length"))
                .as("no script link or frame on " + path)
                .isEqualTo(0);
    }

    @Test
    void script_payloads_are_shown_as_text_and_never_run() {
        String word = "vijandig" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        List<String> payloads = HostileValues.SCRIPTS;
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        Bottleneck bottleneck = bottlenecks.raise(
                denHaag,
                new BottleneckDraft(
                        word + " " + payloads.getFirst(),
                        word + "\n\n" + String.join("\n\n", payloads),
                        BottleneckCategory.SCALE,
                        Set.of(),
                        Set.of(),
                        null));
        List<Long> others = new ArrayList<>();
        for (String payload : payloads) {
            bottlenecks.comment(bottleneck.id(), payload);
            others.add(bottlenecks
                    .raise(
                            denHaag,
                            new BottleneckDraft(
                                    word + " " + payload, payload, BottleneckCategory.SCALE, Set.of(), Set.of(), null))
                    .id());
        }
        long analysis = lifecycle.create(denHaag, ServiceFixtures.analysisDraft(word + " " + payloads.get(1)));
        long stakeholder = parts.addStakeholder(analysis, new StakeholderDraft(payloads.get(2), FundingStream.WMO));
        for (String payload : payloads) {
            parts.addItem(
                    analysis,
                    LineItemDraft.constant(
                            FlowKind.BENEFIT, payload, stakeholder, ValueType.SOCIAL, BigDecimal.TEN, 2025, 2027));
        }
        SignIn.out();

        Page page = signedIn(DemoUsers.UTRECHT);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        nothingRuns(page, "knelpunten/" + bottleneck.id(), dialogs);
        assertThat(page.locator("#bottleneck-title")).hasText(word + " " + payloads.getFirst());
        String shown = page.locator("body").innerText();
        assertThat(shown).contains("<img src=x onerror=\"window.__pwned=1\">", "<svg onload=window.__pwned=1>");
        screenshot(page, "bottleneck-with-payloads");
        nothingRuns(page, "knelpunten?tekst=" + word, dialogs);
        nothingRuns(page, "zoeken?q=" + word, dialogs);
        assertThat(page.locator("#search-results")).containsText("<script>window.__pwned=1</script>");
        screenshot(page, "search-with-payloads");
        for (long other : others) {
            nothingRuns(page, "knelpunten/" + other, dialogs);
        }

        // the analysis is a draft: its own region reads it
        Page writer = signedIn(DemoUsers.DEN_HAAG);
        writer.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        nothingRuns(writer, "mkba/" + analysis, dialogs);
        assertThat(writer.locator("#mkba-items")).containsText("<iframe srcdoc=");
        screenshot(writer, "analysis-with-payloads");
    }

    @Test
    void malformed_numbers_get_a_message_at_the_field_and_are_not_saved() {
        Page daan = signedIn(DemoUsers.DEN_HAAG);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        long analysis = lifecycle.create(denHaag, ServiceFixtures.analysisDraft("Getallen " + System.nanoTime()));
        parts.addStakeholder(analysis, new StakeholderDraft("Gemeente", FundingStream.WMO));
        SignIn.out();
        daan.navigate("mkba/" + analysis);
        waitForVaadin(daan);
        for (String typed : List.of("1,2,3", "1e999", "abc", "--5", "١٢٣", "12.34.56")) {
            daan.locator("#add-benefit").click();
            daan.locator("#item-description input").fill("Baat " + typed);
            choose(daan, "#item-stakeholder", "Gemeente");
            Locator amount = daan.locator("#item-amount input");
            amount.fill(typed);
            amount.press("Tab");
            daan.locator("#save-item").click();
            waitForVaadin(daan);
            Locator field = daan.locator("#item-amount");
            assertThat(field).hasAttribute("invalid", Pattern.compile(".*"));
            String message = (String) daan.evaluate("() => document.querySelector('#item-amount').errorMessage");
            assertThat(message).as("message for amount " + typed).isNotBlank();
            assertThat(daan.locator("#item-description input")).hasValue("Baat " + typed);
            accessible(daan, "malformed amount " + typed);
            daan.keyboard().press("Escape");
            waitForVaadin(daan);
            assertThat(daan.locator("#mkba-items")).not().containsText("Baat " + typed);
        }
    }

    @Test
    void malformed_dates_get_a_message_at_the_field_and_are_not_saved() {
        Page fenna = signedIn(DemoUsers.FACILITATOR);
        fenna.navigate("sessies");
        waitForVaadin(fenna);
        for (String typed : List.of("31-02-2027", "32-13-2027", "gisteren", "00-00-0000", "1-1-99999")) {
            String title = "Sessie " + typed;
            fenna.locator("#new-session").click();
            fenna.locator("#session-title input").fill(title);
            Locator date = fenna.locator("#session-starts-at vaadin-date-picker input");
            date.fill(typed);
            date.press("Tab");
            fenna.locator("#session-starts-at vaadin-time-picker input").fill("10:00");
            fenna.locator("#save-session").click();
            waitForVaadin(fenna);
            assertThat(fenna.locator("#session-starts-at")).hasAttribute("invalid", Pattern.compile(".*"));
            String message = (String) fenna.evaluate("() => document.querySelector('#session-starts-at').errorMessage");
            assertThat(message).as("message for date " + typed).isNotBlank();
            assertThat(fenna.locator("#session-title input")).hasValue(title);
            accessible(fenna, "malformed date " + typed);
            fenna.keyboard().press("Escape");
            waitForVaadin(fenna);
        }
    }
}
