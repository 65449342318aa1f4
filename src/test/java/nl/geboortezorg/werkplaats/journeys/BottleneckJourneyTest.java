package nl.geboortezorg.werkplaats.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A bottleneck from raising to the national agenda, in a real browser, each step by the person
 * whose step it is: a professional in Den Haag raises it, a professional in Utrecht recognises it
 * with a quote, a facilitator puts it on the national agenda, and the ministry's observer finds
 * it there with nothing to change: no control to change it, and Utrecht's own request to recognise
 * it, replayed from her browser session, is refused.
 */
class BottleneckJourneyTest extends JourneyTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    UserDetailsService users;

    /** The visible one of the elements with the text (lists elsewhere on the page hold the same items). */
    private static Locator option(Page page, String selector, String text) {
        return page.locator(selector + ":visible")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    @Test
    void raised_recognised_promoted_and_read_by_the_ministry() {
        String title = "Tolkenkosten niet vergoed " + System.nanoTime();

        // Den Haag raises it
        Page daan = signedIn(DemoUsers.DEN_HAAG);
        daan.navigate("knelpunten");
        waitForVaadin(daan);
        accessible(daan, "bottleneck list");
        daan.locator("#raise-bottleneck").click();
        daan.locator("#bottleneck-title-field input").fill(title);
        daan.locator("#bottleneck-description textarea")
                .fill("Gezinnen die geen Nederlands spreken krijgen geen tolk bij de verloskundige.");
        choose(daan, "#bottleneck-category", "Taal en begrippen");
        option(daan, "#bottleneck-addressees vaadin-checkbox", "Ministerie van VWS")
                .click();
        waitForVaadin(daan);
        accessible(daan, "raise dialog");
        screenshot(daan, "raise-dialog");
        daan.locator("#save-bottleneck").click();
        daan.waitForURL(Pattern.compile(".*/knelpunten/\\d+$"));
        waitForVaadin(daan);
        assertThat(daan.locator("#bottleneck-title").textContent()).isEqualTo(title);
        String page = daan.url().replaceFirst("^https?://[^/]+/", "");
        accessible(daan, "bottleneck page");
        screenshot(daan, "raised");

        // Utrecht recognises it, with a quote
        Page uma = signedIn(DemoUsers.UTRECHT);
        uma.navigate(page);
        waitForVaadin(uma);
        uma.locator("#recognise").click();
        uma.locator("#recognition-quote textarea").fill("Wij zien dit elke week op de poli.");
        accessible(uma, "recognise dialog");
        Request recognising = uma.waitForRequest(
                request -> request.url().contains("v-r=uidl") && "POST".equals(request.method()),
                () -> uma.locator("#save-recognition").click());
        waitForVaadin(uma);
        assertThat(uma.locator("#recognitions").innerText())
                .contains("Utrecht")
                .contains("Wij zien dit elke week op de poli.");
        screenshot(uma, "recognised");

        // The facilitator puts it on the national agenda
        Page fenna = signedIn(DemoUsers.FACILITATOR);
        fenna.navigate(page);
        waitForVaadin(fenna);
        fenna.locator("#promote").click();
        fenna.locator("#agenda-solution textarea").fill("Tolkenzorg landelijk bekostigen.");
        fenna.locator("#agenda-next-step textarea").fill("Gesprek met VWS en zorgverzekeraars.");
        waitForVaadin(fenna);
        accessible(fenna, "agenda dialog");
        screenshot(fenna, "agenda-dialog");
        fenna.locator("#save-agenda").click();
        waitForVaadin(fenna);
        assertThat(fenna.locator("#agenda-panel").innerText()).contains("Gesprek met VWS en zorgverzekeraars.");

        // The ministry reads it on the national agenda, and finds nothing to change
        Page olga = signedIn(DemoUsers.OBSERVER);
        olga.navigate("nationale-agenda");
        waitForVaadin(olga);
        olga.getByText(title).first().waitFor();
        accessible(olga, "national agenda");
        screenshot(olga, "national-agenda");
        olga.navigate(page);
        waitForVaadin(olga);
        assertThat(olga.locator("#agenda-panel").innerText()).contains("Tolkenzorg landelijk bekostigen.");
        assertThat(olga.locator("#bottleneck-actions, #recognise, #post-comment, #comment-body")
                        .count())
                .isZero();
        screenshot(olga, "observer-reads");

        // ... a writer's request replayed from her browser session changes nothing ...
        APIResponse replayed = olga.request()
                .post(
                        recognising.url(),
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json; charset=UTF-8")
                                .setData(recognising.postData()));
        assertThat(replayed.text()).doesNotContain(title);
        olga.reload();
        waitForVaadin(olga);
        assertThat(olga.locator("#recognitions").innerText().split("Wij zien dit elke week op de poli.", -1))
                .as("the quote is there once, not twice")
                .hasSize(2);
        assertThat(olga.locator("#recognise").count()).isZero();

        // ... and a page only writers may open is refused to her
        olga.navigate("gebruikers");
        waitForVaadin(olga);
        assertThat(olga.locator("#users, #new-user").count()).isZero();
    }

    /**
     * Every mistake can be corrected: Den Haag's professional corrects her own comment and then
     * withdraws the bottleneck her region raised, and the facilitator reopens it; each dialog is
     * checked for accessibility.
     */
    @Test
    void a_comment_is_corrected_and_the_bottleneck_withdrawn_and_reopened() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Bottleneck raised = bottlenecks.raise(
                bottlenecks.regionsToRaiseIn().getFirst().id(),
                BottleneckFixture.draft("Per ongeluk gemeld " + System.nanoTime()));
        bottlenecks.comment(raised.id(), "Dit speelt sinds januari.");
        SignIn.out();
        String page = "knelpunten/" + raised.id();

        // Daan corrects her own comment
        Page daan = signedIn(DemoUsers.DEN_HAAG);
        daan.navigate(page);
        waitForVaadin(daan);
        daan.locator("#comments .edit-comment").first().click();
        daan.locator("#edit-comment-body textarea").fill("Dit speelt sinds maart.");
        waitForVaadin(daan);
        accessible(daan, "edit comment dialog");
        screenshot(daan, "edit-comment-dialog");
        daan.locator("#save-comment-edit").click();
        waitForVaadin(daan);
        assertThat(daan.locator("#comments").innerText()).contains("Dit speelt sinds maart.", "bewerkt op");

        // ... and withdraws the bottleneck on behalf of her region
        daan.locator("#withdraw-bottleneck").click();
        daan.locator("#withdraw-reason textarea").fill("Dubbel gemeld; het staat er al.");
        waitForVaadin(daan);
        accessible(daan, "withdraw dialog");
        screenshot(daan, "withdraw-dialog");
        daan.locator("#save-withdraw").click();
        waitForVaadin(daan);
        assertThat(daan.locator("#withdrawn-notice").innerText()).contains("Dubbel gemeld; het staat er al.");
        assertThat(daan.locator("#timeline").innerText()).contains("Ingetrokken door de regio");

        // The facilitator reopens it
        Page fenna = signedIn(DemoUsers.FACILITATOR);
        fenna.navigate(page);
        waitForVaadin(fenna);
        fenna.locator("#reopen-bottleneck").click();
        fenna.locator("#reopen-reason textarea").fill("Het andere knelpunt gaat over iets anders.");
        waitForVaadin(fenna);
        accessible(fenna, "reopen dialog");
        screenshot(fenna, "reopen-dialog");
        fenna.locator("#save-reopen").click();
        waitForVaadin(fenna);
        assertThat(fenna.locator("#timeline").innerText())
                .contains("Heropend: van Ingetrokken door de regio terug naar Gemeld");
        assertThat(fenna.locator("#withdrawn-notice").count()).isZero();
        accessible(fenna, "reopened bottleneck page");
    }
}
