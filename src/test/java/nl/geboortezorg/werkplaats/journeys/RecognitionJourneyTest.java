package nl.geboortezorg.werkplaats.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixFilter;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Recognitions as a laptop shows them: the recognition matrix with all seven regions on a screen
 * 1366 pixels wide, nothing cut off, and a bottleneck page on which the reader may withdraw her
 * regions' recognitions, each checked for accessibility.
 */
class RecognitionJourneyTest extends JourneyTest {

    /**
     * The header and body cells of the matrix whose text does not fit (wider than the cell shows),
     * the grid's own horizontal overflow, and the region headers' texts.
     */
    private static final String OVERFLOW = """
            () => {
              const grid = document.querySelector('#recognition-matrix');
              const clipped = [];
              const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                  .filter(cell => cell.offsetParent !== null && cell.getBoundingClientRect().width > 0);
              for (const cell of cells) {
                for (const e of [cell, ...cell.querySelectorAll('*')]) {
                  if (e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1
                      && getComputedStyle(e).overflow !== 'visible'
                      && !e.title && !e.hasAttribute('aria-label')) {
                    clipped.push(e.localName + ': ' + e.textContent.trim().slice(0, 40)
                        + ' (' + e.scrollWidth + ' > ' + e.clientWidth + ')');
                  }
                }
              }
              const table = grid.shadowRoot.querySelector('#table');
              return {clipped, scrollWidth: table.scrollWidth, clientWidth: table.clientWidth,
                      headers: [...grid.querySelectorAll('vaadin-grid-cell-content')]
                          .map(cell => cell.textContent.trim()).filter(t => t)};
            }""";

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    UserDetailsService users;

    @Test
    @SuppressWarnings("unchecked")
    void the_matrix_fits_a_laptop_screen_with_all_seven_regions() {
        String title = "Kraamzorg na een spoedkeizersnede wordt in de meeste regio’s pas na dagen geregeld "
                + System.nanoTime();
        SignIn.as(users, DemoUsers.FACILITATOR);
        List<RegionChoice> regions = bottlenecks
                .matrix(MatrixFilter.all(), MatrixSort.MOST_REGIONS, 0, 0)
                .regions();
        assertThat(regions).hasSize(7);
        Bottleneck raised = bottlenecks.raise(regions.getFirst().id(), BottleneckFixture.draft(title));
        for (int i = 1; i < regions.size(); i++) {
            bottlenecks.recognise(raised.id(), regions.get(i).id(), i % 2 == 0 ? null : "Ook hier, elke week.");
        }
        SignIn.out();

        Page page = signedIn(DemoUsers.UTRECHT);
        page.setViewportSize(1366, 768);
        page.navigate("herkenningsmatrix");
        waitForVaadin(page);
        page.locator("#recognition-matrix vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
                .first()
                .waitFor();
        Map<String, Object> layout = (Map<String, Object>) page.evaluate(OVERFLOW);
        assertThat((List<String>) layout.get("clipped"))
                .as("cells whose text is cut off")
                .isEmpty();
        assertThat(((Number) layout.get("scrollWidth")).intValue())
                .as("the matrix needs no horizontal scrolling")
                .isLessThanOrEqualTo(((Number) layout.get("clientWidth")).intValue());
        assertThat((List<String>) layout.get("headers"))
                .as("every region's column")
                .containsAll(regions.stream().map(RegionChoice::name).toList());

        // The cell says how strongly the region recognises it in words, not by colour alone.
        assertThat(page.locator("[aria-label^='" + regions.get(1).name() + ": ']")
                        .first()
                        .getAttribute("aria-label"))
                .startsWith(regions.get(1).name() + ": Herkend, 1 citaat.");
        assertThat(page.locator("[aria-label^='" + regions.get(2).name() + ": ']")
                        .first()
                        .getAttribute("aria-label"))
                .startsWith(regions.get(2).name() + ": Herkend, geen citaat.");
        accessible(page, "recognition matrix at 1366x768");
        screenshot(page, "matrix-1366");
    }

    @Test
    void whoever_may_withdraw_her_regions_recognitions_finds_an_accessible_page() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Bottleneck raised = bottlenecks.raise(
                bottlenecks.regionsToRaiseIn().getFirst().id(),
                BottleneckFixture.draft(BottleneckFixture.unique("Geen tolk bij de kraamzorg")));
        SignIn.as(users, DemoUsers.AMSTERDAM);
        List<RegionChoice> amsterdam =
                bottlenecks.detail(raised.id()).orElseThrow().recogniseFor();
        assertThat(amsterdam).hasSize(2);
        bottlenecks.recognise(raised.id(), amsterdam.get(0).id(), "Wij zien dit elke week.");
        bottlenecks.recognise(raised.id(), amsterdam.get(1).id(), null);
        SignIn.out();

        Page page = signedIn(DemoUsers.AMSTERDAM);
        page.setViewportSize(1366, 768);
        page.navigate("knelpunten/" + raised.id());
        waitForVaadin(page);
        assertThat(page.getByText("Herkenning intrekken").count()).isEqualTo(2);
        accessible(page, "bottleneck page with recognitions to withdraw");
        screenshot(page, "recognitions-to-withdraw");

        page.locator(".withdraw-recognition").first().click();
        waitForVaadin(page);
        settled(page);
        accessible(page, "withdraw recognition confirmation");
    }
}
