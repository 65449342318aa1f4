package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.junit.jupiter.api.Test;

/**
 * A document whose file is corrected, in a real browser: a professional of Den Haag uploads a
 * document, replaces its file by a newer one, and finds both files in its list of versions, each
 * with its checksum and a link to download it.
 */
class DocumentJourneyTest extends JourneyTest {

    /** How long a server round is waited for on a busy machine. */
    private static final double ROUND = 30_000;

    private static void shows(Locator locator, String text) {
        assertThat(locator).containsText(text, new LocatorAssertions.ContainsTextOptions().setTimeout(ROUND));
    }

    @Test
    void a_documents_file_is_replaced_and_both_versions_are_listed() {
        String title = "Convenant geboortezorg " + System.nanoTime();

        Page daan = signedIn(DemoUsers.DEN_HAAG);
        daan.navigate("documenten");
        waitForVaadin(daan);
        daan.locator("#upload-document").click();
        waitForVaadin(daan);
        daan.locator("#document-upload input[type=file]")
                .setInputFiles(new FilePayload("convenant.pdf", "application/pdf", TestFiles.pdf()));
        shows(daan.locator("#document-file-status"), "convenant.pdf");
        daan.locator("#document-title input").fill(title);
        daan.locator("#save-document").click();
        waitForVaadin(daan);
        daan.locator("#document-filter-text input").fill(title);
        // the filter applies after a pause in typing and renders the rows anew: wait until only this one is left
        daan.waitForFunction(
                "() => document.querySelector('vaadin-grid#documents').size === 1",
                null,
                new Page.WaitForFunctionOptions().setTimeout(ROUND));
        waitForVaadin(daan);
        Locator replace =
                daan.locator("vaadin-button[aria-label='Vervang het bestand van " + title + "'] >> visible=true");
        assertThat(replace).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(ROUND));
        waitForVaadin(daan);

        replace.click();
        waitForVaadin(daan);
        Locator dialog = daan.locator("#replace-file-dialog");
        shows(daan.locator("#replace-current-file"), "convenant.pdf");
        daan.locator("#replace-upload input[type=file]")
                .setInputFiles(new FilePayload("convenant herzien.png", "image/png", TestFiles.png()));
        shows(daan.locator("#replace-file-status"), "convenant herzien.png");
        waitForVaadin(daan);
        accessible(daan, "replace file dialog");
        screenshot(daan, "replace-file-dialog");
        daan.locator("#save-replacement").click();
        waitForVaadin(daan);
        assertThat(dialog).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(ROUND));

        daan.locator("vaadin-button[aria-label='Versies van " + title + "'] >> visible=true")
                .click();
        waitForVaadin(daan);
        Locator versions = daan.locator("#document-versions");
        shows(versions, "convenant herzien.png");
        shows(versions, "convenant.pdf");
        assertThat(versions.locator(".document-version-download")).hasCount(2);
        assertThat(versions.locator(".document-checksum").first())
                .hasAttribute("title", java.util.regex.Pattern.compile("^[0-9a-f]{64}$"));
        waitForVaadin(daan);
        accessible(daan, "document versions dialog");
        screenshot(daan, "document-versions-dialog");
    }
}
