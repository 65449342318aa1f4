package nl.geboortezorg.werkplaats.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.geboortezorg.werkplaats.bottlenecks.DossierFixture;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A facilitator on a laptop screen opens an item of the national agenda, compiles its evidence
 * dossier while the page stays usable, and downloads it: the PDF makes the case, and the zip holds
 * it with the linked documents.
 */
class DossierJourneyTest extends JourneyTest {

    @Autowired
    ApplicationContext context;

    @Test
    void a_facilitator_downloads_an_agenda_items_dossier_and_reads_it() throws IOException {
        DossierFixture.Case made = new DossierFixture(context).aCase();
        String title = made.bottleneck().title();

        Page fenna = signedIn(DemoUsers.FACILITATOR);
        fenna.setViewportSize(1366, 768);
        fenna.navigate("nationale-agenda");
        waitForVaadin(fenna);
        fenna.locator("#national-agenda a", new Page.LocatorOptions().setHasText(title))
                .click();
        fenna.waitForURL(Pattern.compile(".*/knelpunten/\\d+$"));
        fenna.locator("#dossier-compile").click();
        fenna.locator("#dossier-pdf").waitFor();
        assertThat(fenna.locator("#dossier-status")).hasText("Het dossier is klaar.");
        waitForVaadin(fenna);
        accessible(fenna, "bottleneck page with its dossier ready");

        Download pdf = fenna.waitForDownload(() -> fenna.locator("#dossier-pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Dossier: " + title,
                            "“Bij ons wachten gezinnen weken.”",
                            "Zorgverzekeraars willen een pilot bekostigen.",
                            "Besluit: We vragen ZN om een gesprek.",
                            "Geblokkeerde baten",
                            "Landelijk rapport (landelijk.pdf)");
        }
        Download zip = fenna.waitForDownload(() -> fenna.locator("#dossier-zip").click());
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip.path()))) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
            assertThat(names)
                    .contains(
                            pdf.suggestedFilename(),
                            "documenten/" + made.regional().id() + "-regionaal.pdf",
                            "documenten/" + made.national().id() + "-landelijk.pdf");
        }

        fenna.navigate("nationale-agenda");
        waitForVaadin(fenna);
        fenna.locator("#agenda-dossier-compile").click();
        fenna.locator("#agenda-dossier-pdf").waitFor();
        waitForVaadin(fenna);
        accessible(fenna, "national agenda with its dossier ready");
    }
}
