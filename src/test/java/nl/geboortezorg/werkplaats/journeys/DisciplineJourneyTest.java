package nl.geboortezorg.werkplaats.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The ministry's observer on a laptop screen (1366×768) reads which disciplines take part in
 * which region, then narrows the recognition matrix to the bottlenecks that involve midwives and
 * downloads it as a CSV that Dutch Excel opens.
 */
class DisciplineJourneyTest extends JourneyTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @Test
    void disciplines_per_region_and_the_matrix_filtered_on_midwives_as_csv() throws IOException {
        String title = "Verloskundigen missen tolken " + System.nanoTime();
        String other = "Ziekenhuis mist tolken " + System.nanoTime();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        bottlenecks.raise(
                denHaag,
                new BottleneckDraft(
                        title,
                        "Verloskundigen kunnen geen tolk inzetten.",
                        BottleneckCategory.LANGUAGE,
                        Set.of(OrganisationType.MIDWIFERY),
                        Set.of(),
                        null));
        bottlenecks.raise(
                denHaag,
                new BottleneckDraft(
                        other,
                        "Op de poli is geen tolk.",
                        BottleneckCategory.LANGUAGE,
                        Set.of(OrganisationType.HOSPITAL),
                        Set.of(),
                        null));
        SignIn.out();

        Page olga = signedIn(DemoUsers.OBSERVER);
        olga.setViewportSize(1366, 768);
        olga.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Disciplines per regio"))
                .click();
        olga.locator("#discipline-coverage").waitFor();
        waitForVaadin(olga);
        assertThat(olga.locator("#discipline-coverage").innerText())
                .contains("Ziekenhuis (verwacht)", "Delft", "Ontbreekt", "Ontbrekende disciplines");
        accessible(olga, "disciplines per region");
        screenshot(olga, "disciplines");

        olga.navigate("herkenningsmatrix");
        waitForVaadin(olga);
        olga.locator("#matrix-organisation-types input").click();
        olga.locator("#matrix-organisation-types input").fill("Verlosk");
        olga.locator("vaadin-multi-select-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText("Verloskundigenpraktijk"))
                .first()
                .click();
        olga.keyboard().press("Escape");
        waitForVaadin(olga);
        olga.locator("#recognition-matrix").getByText(title).first().waitFor();
        assertThat(olga.locator("#recognition-matrix").innerText()).doesNotContain(other);
        accessible(olga, "matrix filtered on midwives");
        screenshot(olga, "matrix-midwives");

        Download download =
                olga.waitForDownload(() -> olga.locator("#matrix-export").click());
        assertThat(download.suggestedFilename())
                .startsWith("herkenningsmatrix-")
                .endsWith(".csv");
        String csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTitel;Categorie;Status;Regio’s;").contains(title);
        assertThat(csv).doesNotContain(other);
    }
}
