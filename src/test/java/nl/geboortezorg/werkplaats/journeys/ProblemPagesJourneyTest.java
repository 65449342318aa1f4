package nl.geboortezorg.werkplaats.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * In a real browser: an unknown address and a refused one give the same page inside the frame,
 * a broken non-Vaadin address gets the servlet's own bilingual page, the accessibility statement
 * opens from the login page, and the notice before an idle session ends keeps it on one click.
 */
class ProblemPagesJourneyTest extends JourneyTest {

    @Autowired
    ServletWebServerApplicationContext server;

    private static String problemText(Page page) {
        waitForVaadin(page);
        return page.locator("#problem-text").innerText();
    }

    @Test
    void unknown_and_refused_addresses_look_the_same_inside_the_frame() {
        Page page = signedIn(DemoUsers.DEN_HAAG);

        page.navigate("bestaat-niet");
        String notFound = problemText(page);
        assertThat(notFound).startsWith("Deze pagina of dit onderdeel bestaat niet");
        assertThat(page.locator("vaadin-app-layout").count()).isOne();
        assertThat(page.locator("#problem-home").isVisible()).isTrue();
        assertThat(page.content()).doesNotContain("Could not navigate");
        accessible(page, "not-found");
        screenshot(page, "not-found");

        // The audit trail is the admin's; a factsheet that does not exist.
        page.navigate("audit");
        assertThat(problemText(page)).isEqualTo(notFound);
        accessible(page, "no-access");
        page.navigate("factsheets/999999999");
        assertThat(problemText(page)).isEqualTo(notFound);

        page.locator("#problem-home").click();
        page.waitForURL(url -> !url.contains("factsheets"));
        waitForVaadin(page);
        assertThat(page.locator("#problem-text").count()).isZero();
    }

    @Test
    void a_request_outside_the_application_pages_gets_the_bilingual_error_page() {
        Page page = window();
        Response response = page.navigate("VAADIN/bestaat-niet.js");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo("Niet gevonden");
        assertThat(page.locator("section[lang='en'] h2").innerText()).isEqualTo("Not found");
        assertThat(page.content()).doesNotContain("Whitelabel").doesNotContain("Exception");
        // A page without Vaadin: nothing for the accessibility check to wait for.
        page.evaluate("() => { window.Vaadin = { Flow: { clients: {} } }; }");
        accessible(page, "servlet-not-found");
    }

    @Test
    void the_accessibility_statement_opens_from_the_login_page() {
        Page page = window();
        page.navigate("login");
        waitForVaadin(page);
        page.getByText("Toegankelijkheid", new Page.GetByTextOptions().setExact(true))
                .click();
        page.locator("#accessibility-title").waitFor();
        assertThat(page.url()).endsWith("/toegankelijkheid");
        assertThat(page.locator("#accessibility-issues li").count()).isGreaterThanOrEqualTo(3);
        accessible(page, "accessibility-statement");
        screenshot(page, "accessibility-statement");
    }

    @Test
    void the_idle_notice_appears_before_the_session_ends_and_keeps_it() throws IOException {
        Page page = signedIn(DemoUsers.UTRECHT);
        // A session that ends 10 s after the two minutes' notice would start; the page learns it
        // from the server when it loads.
        sessionOf(page).setMaxInactiveInterval(130);
        page.reload();
        waitForVaadin(page);

        Locator notice = page.locator("#idle-notice");
        assertThat(notice.isVisible()).isFalse();
        notice.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(notice.innerText()).contains("Uw sessie verloopt over 2 minuten. Doorwerken?");
        accessible(page, "idle-notice");
        screenshot(page, "idle-notice");

        Response kept = page.waitForResponse(
                response -> response.url().contains("v-r=uidl"),
                () -> page.locator("#idle-notice-keep").click());
        assertThat(kept.status()).isEqualTo(200);
        notice.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.waitForTimeout(3_000);
        assertThat(notice.count()).as("the timer restarted").isZero();
    }

    /** The server's session of the browser window, found by its session cookie. */
    private Session sessionOf(Page page) throws IOException {
        String id = page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map((Cookie cookie) -> cookie.value)
                .findFirst()
                .orElseThrow();
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        for (Container child : tomcat.getTomcat().getHost().findChildren()) {
            Session session = ((Context) child).getManager().findSession(id);
            if (session != null) {
                return session;
            }
        }
        throw new IllegalStateException("No session " + id);
    }
}
