package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.security.SessionTerminator;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.PilotInstance;
import nl.geboortezorg.werkplaats.users.internal.UserRepository;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in with one's own organisation, in the browser, against a real OpenID Connect provider
 * (mock-oauth2-server) started here: a platform configured for it, on a database of its own, was
 * started while the provider was still down. An account is matched on the verified e-mail address
 * the provider vouches for; nobody else gets in, and no account is ever made by signing in.
 */
class OrganisationSignInJourneyTest extends JourneyTest {

    private static final String ISSUER_ID = "organisation";
    private static final String CLIENT_ID = "werkplaats";
    private static final String INVITED = "ingrid.verloskundige@ziekenhuis.example.nl";
    private static final String DEACTIVATED = "oud.lid@ziekenhuis.example.nl";
    private static final String UNVERIFIED = "gemeente@gemeente.example.nl";
    private static final String REFUSED =
            "Uw organisatie gaf geen bevestigd e-mailadres door van een actief account op dit platform.";

    private static PilotInstance pilot;
    private static MockOAuth2Server provider;
    private static HttpResponse<Void> answerWhileProviderDown;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void startPilotThenProvider() throws IOException, InterruptedException {
        if (pilot != null) {
            return;
        }
        int providerPort = PilotInstance.freePort();
        pilot = PilotInstance.start(
                dataSource,
                "_oidc",
                "--wsg.oidc.issuer=http://localhost:" + providerPort + "/" + ISSUER_ID,
                "--wsg.oidc.client-id=" + CLIENT_ID,
                "--wsg.oidc.client-secret=geheim-van-de-werkplaats");
        try (HttpClient http = HttpClient.newHttpClient()) {
            answerWhileProviderDown = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + pilot.port() + "/oauth2/authorization/organisation"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        provider = new MockOAuth2Server();
        provider.start(providerPort);

        UserRepository users = pilot.bean(UserRepository.class);
        users.insertInvited(INVITED, "Ingrid Verloskundige", Role.PROFESSIONAL, Language.NL, "{noop}not-known");
        users.insert(UNVERIFIED, "Gemeente Gert", Role.OBSERVER, Language.NL, "{noop}not-known", false);
        long deactivated = users.insert(DEACTIVATED, "Oud Lid", Role.OBSERVER, Language.NL, "{noop}not-known", false);
        database()
                .update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.ID.eq(deactivated))
                .execute();
    }

    @AfterAll
    static void stop() {
        if (pilot != null) {
            pilot.close();
            pilot = null;
        }
        if (provider != null) {
            provider.shutdown();
            provider = null;
        }
    }

    @Test
    void an_invited_account_signs_in_with_its_organisation_without_choosing_a_password() {
        Page page = loginPage();
        screenshot(page, "login-with-organisation");
        accessible(page, "login-with-organisation");

        Page home = signInThroughOrganisation(page, "Ingrid.Verloskundige@Ziekenhuis.example.NL", true);
        assertThat(home.locator(".signed-in-user")).containsText("Ingrid Verloskundige");
        // not held to choosing a platform password, although the account has none yet
        assertThat(home.locator("#current-password")).hasCount(0);
        screenshot(home, "signed-in-through-organisation");
        accessible(home, "signed-in-through-organisation");
        // a page that would lead to the password form for an account held to a new password
        home.navigate("sessies");
        waitForVaadin(home);
        assertThat(home.locator("#current-password")).hasCount(0);
        assertThat(home.locator(".signed-in-user")).containsText("Ingrid Verloskundige");

        home.locator("#logout").click();
        home.waitForURL(url -> url.contains("/login"));
        assertThat(home.locator("#organisation-sign-in")).isVisible();
    }

    @Test
    void ending_an_accounts_sessions_ends_one_begun_through_the_organisation() {
        Page home = signInThroughOrganisation(loginPage(), INVITED, true);
        assertThat(home.locator(".signed-in-user")).containsText("Ingrid Verloskundige");

        assertThat(pilot.bean(SessionTerminator.class).endSessionsOf(INVITED)).isEqualTo(1);
        home.navigate("");
        home.waitForURL(url -> url.contains("/login"));
        assertThat(home.locator("#organisation-sign-in")).isVisible();
    }

    @Test
    void an_address_without_an_account_is_refused_and_gets_no_account() {
        int accounts = accountCount();
        Page page = signInThroughOrganisation(loginPage(), "nieuw@ziekenhuis.example.nl", true);

        assertRefused(page);
        screenshot(page, "organisation-sign-in-refused");
        accessible(page, "organisation-sign-in-refused");
        assertThat(accountCount()).isEqualTo(accounts);
        assertThat(database().fetchCount(APP_USER, APP_USER.EMAIL.eq("nieuw@ziekenhuis.example.nl")))
                .isZero();
    }

    @Test
    void an_address_the_organisation_has_not_verified_is_refused() {
        int accounts = accountCount();
        Page page = signInThroughOrganisation(loginPage(), UNVERIFIED, false);

        assertRefused(page);
        assertThat(accountCount()).isEqualTo(accounts);
    }

    @Test
    void a_deactivated_account_is_refused() {
        int accounts = accountCount();
        Page page = signInThroughOrganisation(loginPage(), DEACTIVATED, true);

        assertRefused(page);
        assertThat(accountCount()).isEqualTo(accounts);
    }

    @Test
    void the_password_sign_in_stays_beside_the_organisation() {
        Page page = window(pilot.port());
        page.navigate("login");
        page.locator("input[name='username']").fill(PilotInstance.ADMIN_EMAIL);
        page.locator("input[name='password']").fill(PilotInstance.ADMIN_INITIAL_PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        // signed in with the one-time password, so held to choosing a new one, as always
        page.locator("#current-password input").waitFor();
    }

    @Test
    void a_provider_down_when_the_platform_started_kept_neither_it_nor_the_sign_in_through_it_from_working() {
        // while down: back to the login page with a message, not an error page
        assertThat(answerWhileProviderDown.statusCode()).isEqualTo(302);
        assertThat(answerWhileProviderDown.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        // once up, the provider is used after all
        Page home = signInThroughOrganisation(loginPage(), INVITED, true);
        assertThat(home.locator(".signed-in-user")).containsText("Ingrid Verloskundige");
    }

    /** Clicks the organisation's button, the provider vouching for the address as told. */
    private Page signInThroughOrganisation(Page loginPage, String email, boolean verified) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        claims.put("email_verified", verified);
        claims.put("name", "Wie dan ook");
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + email, "JWT", List.of(CLIENT_ID), claims, 3600));
        assertThat(loginPage.locator("#organisation-sign-in")).hasText("Inloggen met uw organisatie");
        loginPage.locator("#organisation-sign-in").click();
        loginPage.waitForURL(url -> url.startsWith("http://localhost:" + pilot.port() + "/")
                && !url.contains("/oauth2/")
                && (!url.contains("/login") || url.contains("error")));
        waitForVaadin(loginPage);
        return loginPage;
    }

    private Page loginPage() {
        Page page = window(pilot.port());
        page.navigate("login");
        return page;
    }

    private static void assertRefused(Page page) {
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText(REFUSED, new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    private static DSLContext database() {
        return pilot.bean(DSLContext.class);
    }

    private static int accountCount() {
        return database().fetchCount(APP_USER);
    }
}
