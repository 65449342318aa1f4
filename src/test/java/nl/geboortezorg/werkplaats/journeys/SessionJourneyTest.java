package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A work session in real browsers: the facilitator plans and starts it, she and a professional of
 * the region write notes at the same time in two browsers and each sees the other's text appear,
 * and after closing the session the minutes download as a PDF that holds both notes.
 */
class SessionJourneyTest extends JourneyTest {

    @Test
    void two_people_write_notes_live_and_the_minutes_download_as_pdf() throws IOException {
        String title = "Werksessie tolkenzorg " + System.nanoTime();
        String hers = "Besproken: tolk via de gemeente aanvragen.";
        String his = "Casus: zwangere zonder verzekering, huisarts ingeschakeld.";

        Page fenna = signedIn(DemoUsers.FACILITATOR);
        fenna.setViewportSize(1366, 768);
        fenna.navigate("sessies");
        waitForVaadin(fenna);
        accessible(fenna, "session list");
        fenna.locator("#new-session").click();
        fenna.locator("#session-title input").fill(title);
        choose(fenna, "#session-scope", "Den Haag");
        Locator startDate = fenna.locator("#session-starts-at vaadin-date-picker input");
        startDate.fill(LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        startDate.press("Enter");
        Locator startTime = fenna.locator("#session-starts-at vaadin-time-picker input");
        startTime.fill("09:00");
        startTime.press("Enter");
        fenna.locator(".agenda-title input").first().fill("Tolkenzorg");
        fenna.locator("#add-agenda-item").click();
        fenna.locator(".agenda-title input").nth(1).fill("Casuïstiek");
        // the register offers Den Haag's open bottlenecks; one becomes the third agenda item
        fenna.locator("#agenda-suggestions vaadin-details-summary").click();
        Locator suggestion = fenna.locator("#agenda-suggestions .own-bottleneck .agenda-suggestion")
                .first();
        suggestion.waitFor();
        String suggested = suggestion.locator(".agenda-suggestion-title").innerText();
        suggestion.locator(".take-suggestion").click();
        assertThat(fenna.locator(".agenda-title input").nth(2)).hasValue(suggested);
        assertThat(fenna.locator(".agenda-about-bottleneck:not([hidden])")).hasText("Knelpunt uit het register");
        waitForVaadin(fenna);
        accessible(fenna, "session dialog with suggestions");
        screenshot(fenna, "session-dialog");
        fenna.locator("#save-session").click();
        fenna.waitForURL(Pattern.compile(".*/sessies/\\d+$"));
        waitForVaadin(fenna);
        assertThat(fenna.locator("#session-name")).hasText(title);
        assertThat(fenna.locator("#session-bottlenecks a")).hasText(suggested);
        fenna.locator("#start-session").click();
        fenna.locator(".agenda-notes textarea").first().waitFor();
        String page = fenna.url().replaceFirst("^https?://[^/]+/", "");

        Page daan = signedIn(DemoUsers.DEN_HAAG);
        daan.navigate(page);
        daan.locator(".agenda-notes textarea").first().waitFor();

        // both type at once, each in their own agenda item
        fenna.locator(".agenda-notes textarea").first().fill(hers);
        daan.locator(".agenda-notes textarea").nth(1).fill(his);
        assertThat(daan.locator(".agenda-notes textarea").first()).hasValue(hers);
        assertThat(fenna.locator(".agenda-notes textarea").nth(1)).hasValue(his);
        accessible(daan, "live notes");
        screenshot(daan, "live-notes-professional");
        // his notes can become a bottleneck of the region, raised in this session
        daan.locator(".raise-from-agenda-item").nth(1).click();
        assertThat(daan.locator("#bottleneck-title-field input")).hasValue("Casuïstiek");
        assertThat(daan.locator("#bottleneck-description textarea")).hasValue(his);
        accessible(daan, "bottleneck raised from notes");
        daan.keyboard().press("Escape");
        screenshot(fenna, "live-notes-facilitator");

        // the facilitator closes the session and downloads the minutes
        fenna.locator("#close-session").click();
        fenna.locator("#confirm-close").waitFor();
        accessible(fenna, "close dialog");
        screenshot(fenna, "close-dialog");
        fenna.locator("#confirm-close").click();
        fenna.locator("#export-pdf").waitFor();
        fenna.locator("#confirm-close")
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        accessible(fenna, "minutes");
        screenshot(fenna, "minutes");
        Download download =
                fenna.waitForDownload(() -> fenna.locator("#export-pdf").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(title).contains(hers).contains(his);
        }
    }
}
