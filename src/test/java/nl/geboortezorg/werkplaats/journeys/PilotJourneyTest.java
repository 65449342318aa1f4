package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.geboortezorg.werkplaats.db.Tables.ACCOUNT_LINK;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.PilotInstance;
import nl.geboortezorg.werkplaats.testsupport.ReceivedMail;
import nl.geboortezorg.werkplaats.users.AccountLinkKind;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pilot set up from nothing, in the browser: the platform started on an empty database without
 * demo data, the initial admin from the configuration, and everyone else getting in through the
 * links in the mails the platform sends.
 *
 * <p>The journeys share one pilot. The admin's forced password change can only be seen before it
 * has happened, so that journey runs first; every other journey signs the admin in through
 * {@link #admin()}, which makes the change itself when no journey has made it yet, so each also
 * runs alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PilotJourneyTest extends JourneyTest {

    private static final String ADMIN_PASSWORD = "Beheer-pilot-2026!";
    private static final String REGION = "Zuid-Limburg";
    private static final String HOSPITAL = "Maastricht UMC+";
    private static final String MIDWIVES = "Verloskundigen Heuvelland";

    private static PilotInstance pilot;
    /** The admin's password as the last journey left it. */
    private static String adminPassword = PilotInstance.ADMIN_INITIAL_PASSWORD;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void startPilot() {
        if (pilot == null) {
            pilot = PilotInstance.start(dataSource);
            adminPassword = PilotInstance.ADMIN_INITIAL_PASSWORD;
        }
    }

    @AfterAll
    static void stopPilot() {
        if (pilot != null) {
            pilot.close();
            pilot = null;
        }
    }

    @Test
    @Order(1)
    void the_initial_admin_signs_in_and_must_choose_a_new_password_before_anything_else() {
        Page page = window(pilot.port());
        signIn(page, PilotInstance.ADMIN_EMAIL, PilotInstance.ADMIN_INITIAL_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        // every page leads to the password form until a new password is chosen
        page.locator("#current-password input").waitFor();
        waitForVaadin(page);
        assertThat(page.locator(".accessibility-link")).isVisible();
        accessible(page, "pilot-first-sign-in");
        page.navigate("sessies");
        page.locator("#current-password input").waitFor();

        changeInitialPassword(page);
        waitForVaadin(page);
        accessible(page, "pilot-admin-home");
    }

    @Test
    @Order(2)
    void the_admin_sets_up_a_region_and_the_invited_get_in_through_the_mailed_links() {
        String facilitator = "f.janssen@pilot.example.nl";
        String professional = "n.bakker@mumc.example.nl";
        Page admin = admin();
        assertThat(admin.locator("#no-regions")).isVisible();

        // a region, with its name checked at the field
        admin.navigate("beheer/regios");
        waitForVaadin(admin);
        assertThat(admin.locator("#regions-empty")).isVisible();
        accessible(admin, "pilot region administration, no regions yet");
        admin.locator("#new-region").click();
        admin.locator("#save-region").waitFor();
        accessible(admin, "pilot region dialog");
        admin.locator("#save-region").click();
        assertThat(admin.locator("#region-name-field")).hasAttribute("invalid", Pattern.compile(".*"));
        accessible(admin, "pilot region dialog, name missing");
        admin.locator("#region-name-field input").fill(REGION);
        assertThat(admin.locator("#region-code-field input")).hasValue("zuid-limburg");
        admin.locator("#region-description-field textarea").fill("Het regionale partnerschap in Zuid-Limburg.");
        admin.locator("#save-region").click();
        assertThat(admin.locator("#managed-regions")).containsText(REGION);
        accessible(admin, "pilot region administration, one region");
        screenshot(admin, "pilot-regions");

        // its organisations, in the region's workspace, one marked as the lead
        admin.locator("#managed-regions a")
                .filter(new Locator.FilterOptions().setHasText(REGION))
                .click();
        admin.waitForURL(url -> url.endsWith("/regio/zuid-limburg"));
        assertThat(admin.locator("#lead-organisation")).containsText("nog geen");
        accessible(admin, "pilot region workspace, no organisations");
        addOrganisation(admin, HOSPITAL, "Ziekenhuis");
        addOrganisation(admin, MIDWIVES, "Verloskundigenpraktijk");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Penvoerder maken: " + HOSPITAL))
                .click();
        assertThat(admin.locator("#lead-organisation")).hasText("Penvoerder: " + HOSPITAL);
        assertThat(admin.locator("#organisations")).containsText(MIDWIVES);
        accessible(admin, "pilot region workspace, lead marked");
        screenshot(admin, "pilot-region-workspace");

        // a facilitator and a professional of the region, invited by mail
        int before = pilot.mails().size();
        admin.navigate("gebruikers");
        waitForVaadin(admin);
        accessible(admin, "pilot user administration");
        admin.locator("#new-user").click();
        admin.locator("#save-user").waitFor();
        accessible(admin, "pilot invite dialog");
        admin.locator("#user-email input").fill(professional);
        admin.locator("#user-display-name input").fill("Noor Bakker");
        admin.locator("#save-user").click();
        // a professional belongs to a region
        assertThat(admin.locator("#user-regions")).hasAttribute("invalid", Pattern.compile(".*"));
        accessible(admin, "pilot invite dialog, region missing");
        chooseRegion(admin);
        admin.locator("#save-user").click();
        assertThat(admin.locator("vaadin-notification-card")).containsText("uitnodiging is per e-mail verstuurd");
        admin.locator("#save-user")
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        admin.locator("#new-user").click();
        admin.locator("#user-email input").fill(facilitator);
        admin.locator("#user-display-name input").fill("Fleur Janssen");
        choose(admin, "#user-role", "Facilitator");
        chooseRegion(admin);
        admin.locator("#save-user").click();
        assertThat(admin.locator("#users")).containsText(facilitator);
        accessible(admin, "pilot user administration, two invited");
        screenshot(admin, "pilot-users");

        assertThat(pilot.awaitMails(before + 2)).as("one mail for each").hasSize(before + 2);
        String invitation = base() + "/wachtwoord-instellen/";
        ReceivedMail toProfessional = ReceivedMail.lastTo(pilot.mails(), professional);
        ReceivedMail toFacilitator = ReceivedMail.lastTo(pilot.mails(), facilitator);
        assertThat(toProfessional.subject()).containsIgnoringCase("uitnodiging");
        assertThat(toProfessional.plainText()).contains("Noor Bakker", REGION, "Professional");
        assertThat(toFacilitator.plainText()).contains("Fleur Janssen", REGION, "Facilitator");

        // each gets in through the link in their own mail, in a browser of their own
        Page noor = window(pilot.port());
        noor.navigate(toProfessional.link(invitation));
        waitForVaadin(noor);
        assertThat(noor.locator("#account-page-heading")).hasText("Welkom! Kies uw wachtwoord");
        assertThat(noor.locator("#account-page-body")).containsText(professional);
        assertThat(noor.locator(".accessibility-link")).isVisible();
        accessible(noor, "pilot invitation, choose a password");
        screenshot(noor, "pilot-invitation");
        noor.locator("#new-password input").fill("Noor-kiest-2026");
        noor.locator("#repeat-password input").fill("Noor-kiest-2025");
        noor.locator("#choose-password").click();
        assertThat(noor.locator("#repeat-password")).hasAttribute("invalid", Pattern.compile(".*"));
        accessible(noor, "pilot invitation, passwords differ");
        choosePassword(noor, "Noor-kiest-2026");
        accessible(noor, "pilot invitation, password chosen");
        noor.locator("#to-login").click();
        noor.waitForURL(url -> url.contains("/login"));
        signIn(noor, professional, "Noor-kiest-2026");
        onHome(noor, "Noor Bakker · Professional");
        Locator region = noor.locator(".region-card").filter(new Locator.FilterOptions().setHasText(REGION));
        assertThat(region).containsText("mijn regio");
        assertThat(region).containsText("Penvoerder: " + HOSPITAL);
        accessible(noor, "pilot professional's first page");
        screenshot(noor, "pilot-professional-home");

        Page fleur = window(pilot.port());
        fleur.navigate(toFacilitator.link(invitation));
        choosePassword(fleur, "Fleur-kiest-2026");
        signIn(fleur, facilitator, "Fleur-kiest-2026");
        onHome(fleur, "Fleur Janssen · Facilitator");
        accessible(fleur, "pilot facilitator's first page");

        // the professional moves to a new address: it counts once the link mailed to it is followed
        String newAddress = "noor.bakker@verloskunde.example.nl";
        int beforeChange = pilot.mails().size();
        noor.navigate("profiel");
        waitForVaadin(noor);
        noor.locator("#profile-new-email input").fill(newAddress);
        noor.locator("#request-email-change").click();
        assertThat(noor.locator("#email-change-sent")).containsText(newAddress);
        pilot.awaitMails(beforeChange + 1);
        ReceivedMail confirmation = ReceivedMail.lastTo(pilot.mails(), newAddress);
        Page mailbox = window(pilot.port());
        mailbox.navigate(confirmation.link(base() + "/e-mailadres-bevestigen/"));
        waitForVaadin(mailbox);
        assertThat(mailbox.locator("#account-page-heading")).hasText("Bevestig uw nieuwe e-mailadres");
        accessible(mailbox, "pilot confirm new address");
        mailbox.locator("#confirm-email").click();
        assertThat(mailbox.locator("#email-confirmed")).containsText(newAddress);
        accessible(mailbox, "pilot new address confirmed");
        pilot.awaitMails(beforeChange + 2);
        assertThat(ReceivedMail.lastTo(pilot.mails(), professional).plainText()).contains(newAddress);
        Page again = window(pilot.port());
        signIn(again, newAddress, "Noor-kiest-2026");
        onHome(again, "Noor Bakker · Professional");
    }

    @Test
    @Order(3)
    void a_forgotten_password_is_reset_through_a_link_that_works_once_and_only_in_time() {
        if (adminPassword.equals(PilotInstance.ADMIN_INITIAL_PASSWORD)) {
            admin();
        }
        String email = PilotInstance.ADMIN_EMAIL;
        String old = adminPassword;
        String unknown = "niemand@pilot.example.nl";
        int before = pilot.mails().size();

        // the login page leads to the form, which answers alike whether or not an account exists
        Page page = window(pilot.port());
        page.navigate("login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord vergeten?"))
                .click();
        page.waitForURL(url -> url.endsWith("/wachtwoord-vergeten"));
        waitForVaadin(page);
        assertThat(page.locator("#account-page-heading")).hasText("Wachtwoord vergeten");
        accessible(page, "pilot forgot password");
        page.locator("#forgot-submit").click();
        assertThat(page.locator("#forgot-email")).hasAttribute("invalid", Pattern.compile(".*"));
        accessible(page, "pilot forgot password, address missing");
        String forUnknown = requestReset(page, unknown);
        accessible(page, "pilot forgot password, answer");
        String forAccount = requestReset(window(pilot.port()), email);
        assertThat(forAccount.replace(email, unknown)).isEqualTo(forUnknown);
        pilot.awaitMails(before + 1);
        assertThat(pilot.mails()).as("one mail: none for the unknown address").hasSize(before + 1);
        assertThat(ReceivedMail.countTo(pilot.mails(), unknown)).isZero();

        // the link sets a new password: the old one no longer signs in, the new one does
        ReceivedMail reset = ReceivedMail.lastTo(pilot.mails(), email);
        assertThat(reset.subject()).containsIgnoringCase("wachtwoord");
        String link = reset.link(base() + "/wachtwoord-instellen/");
        Page mailbox = window(pilot.port());
        mailbox.navigate(link);
        waitForVaadin(mailbox);
        assertThat(mailbox.locator("#account-page-heading")).hasText("Kies een nieuw wachtwoord");
        accessible(mailbox, "pilot reset, choose a password");
        String chosen = "Nieuw-beheer-2026!";
        choosePassword(mailbox, chosen);
        adminPassword = chosen;
        Page withOld = window(pilot.port());
        signIn(withOld, email, old);
        withOld.waitForURL(url -> url.contains("/login?error"));
        Page withNew = window(pilot.port());
        signIn(withNew, email, chosen);
        onHome(withNew, "Beheerder");

        // the same link a second time says it was used and offers a new one
        Page second = window(pilot.port());
        second.navigate(link);
        waitForVaadin(second);
        assertThat(second.locator("#account-page-heading")).hasText("Deze link is al gebruikt");
        assertThat(second.locator("#request-new-link")).isVisible();
        accessible(second, "pilot reset link used");

        // a link past its time says it expired; the new link it offers works
        int beforeExpiry = pilot.mails().size();
        requestReset(window(pilot.port()), email);
        pilot.awaitMails(beforeExpiry + 1);
        String late = ReceivedMail.lastTo(pilot.mails(), email).link(base() + "/wachtwoord-instellen/");
        assertThat(late).isNotEqualTo(link);
        DSLContext pilotDatabase = pilot.bean(DSLContext.class);
        assertThat(pilotDatabase
                        .update(ACCOUNT_LINK)
                        .set(ACCOUNT_LINK.EXPIRES_AT, Instant.parse("2020-01-01T00:00:00Z"))
                        .where(ACCOUNT_LINK.KIND.eq(AccountLinkKind.PASSWORD_RESET))
                        .and(ACCOUNT_LINK.USED_AT.isNull())
                        .and(ACCOUNT_LINK.REVOKED_AT.isNull())
                        .and(ACCOUNT_LINK.USER_ID.in(
                                pilotDatabase.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email))))
                        .execute())
                .isEqualTo(1);
        Page expired = window(pilot.port());
        expired.navigate(late);
        waitForVaadin(expired);
        assertThat(expired.locator("#account-page-heading")).hasText("Deze link is verlopen");
        accessible(expired, "pilot reset link expired");
        screenshot(expired, "pilot-reset-link-expired");
        expired.locator("#request-new-link").click();
        expired.waitForURL(url -> url.endsWith("/wachtwoord-vergeten"));
        int beforeOffer = pilot.mails().size();
        requestReset(expired, email);
        pilot.awaitMails(beforeOffer + 1);
        Page renewed = window(pilot.port());
        renewed.navigate(ReceivedMail.lastTo(pilot.mails(), email).link(base() + "/wachtwoord-instellen/"));
        String third = "Derde-beheer-2026!";
        choosePassword(renewed, third);
        adminPassword = third;
        Page signedIn = window(pilot.port());
        signIn(signedIn, email, third);
        onHome(signedIn, "Beheerder");
    }

    /**
     * A window with the admin signed in on the home page, having chosen a new password first when
     * the initial one from the configuration is still in use.
     */
    private Page admin() {
        Page page = window(pilot.port());
        signIn(page, PilotInstance.ADMIN_EMAIL, adminPassword);
        page.waitForURL(url -> !url.contains("/login"));
        if (adminPassword.equals(PilotInstance.ADMIN_INITIAL_PASSWORD)) {
            page.locator("#current-password input").waitFor();
            changeInitialPassword(page);
        }
        waitForVaadin(page);
        return page;
    }

    private static void changeInitialPassword(Page page) {
        page.locator("#current-password input").fill(PilotInstance.ADMIN_INITIAL_PASSWORD);
        page.locator("#new-password input").fill(ADMIN_PASSWORD);
        page.locator("#repeat-password input").fill(ADMIN_PASSWORD);
        page.locator("#change-password").click();
        assertThat(page.locator("#current-password")).isHidden();
        adminPassword = ADMIN_PASSWORD;
    }

    /** Fills in the login form and sends it; where that leads is for the caller to check. */
    private static void signIn(Page page, String email, String password) {
        if (!page.url().contains("/login")) {
            page.navigate("login");
        }
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
    }

    /** Checks that the sign-in led to the home page of the person (their name and role). */
    private void onHome(Page page, String who) {
        page.waitForURL(url -> url.equals(base() + "/"));
        waitForVaadin(page);
        assertThat(page.locator(".signed-in-user")).containsText(who);
    }

    private void addOrganisation(Page page, String name, String type) {
        page.locator("#add-organisation").click();
        page.locator("#save-organisation").waitFor();
        page.locator("#organisation-name-field input").fill(name);
        choose(page, "#organisation-type-field", type);
        // the dialog is checked once, filled in
        if (name.equals(HOSPITAL)) {
            waitForVaadin(page);
            accessible(page, "pilot organisation dialog");
        }
        page.locator("#save-organisation").click();
        assertThat(page.locator("#organisations")).containsText(name);
    }

    private static void chooseRegion(Page page) {
        page.locator("#user-regions input").click();
        page.locator("vaadin-multi-select-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText(REGION))
                .click();
        page.keyboard().press("Escape");
        waitForVaadin(page);
    }

    /** Asks for a reset link for the address on the forgot-password page; answers what the page says. */
    private String requestReset(Page page, String email) {
        if (!page.url().endsWith("/wachtwoord-vergeten")) {
            page.navigate("wachtwoord-vergeten");
        }
        page.locator("#forgot-email input").fill(email);
        page.locator("#forgot-submit").click();
        assertThat(page.locator("#forgot-answer")).containsText(email);
        assertThat(page.locator("#account-page-heading")).hasText("Kijk in uw mailbox");
        return page.locator("#account-page-body").innerText();
    }

    /** Chooses the password on the page an invitation or reset link opened. */
    private static void choosePassword(Page page, String password) {
        page.locator("#new-password input").fill(password);
        page.locator("#repeat-password input").fill(password);
        page.locator("#choose-password").click();
        assertThat(page.locator("#password-set")).isVisible();
    }

    private static String base() {
        return "http://localhost:" + pilot.port();
    }
}
