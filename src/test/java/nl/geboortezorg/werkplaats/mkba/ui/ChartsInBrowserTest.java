package nl.geboortezorg.werkplaats.mkba.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.testsupport.Chromium;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The charts as a browser lays them out: each one whole, as tall as its drawing needs at the width
 * it gets (an SVG without a size falls back to 150 pixels and cuts the chart off).
 */
@IntegrationTest
class ChartsInBrowserTest {

    /** Waits for the three charts, then reports each one's drawing and laid-out size. */
    private static final String MEASURE = """
            new Promise((resolve, reject) => {
              const started = Date.now();
              const look = () => {
                const ids = ['mkba-chart-cumulative', 'mkba-chart-stakeholders', 'mkba-chart-tornado'];
                const svgs = ids.map(id => document.querySelector('#' + id + ' svg'));
                if (svgs.every(svg => svg)) {
                  resolve(svgs.map(svg => {
                    const box = svg.getBoundingClientRect();
                    const view = svg.viewBox.baseVal;
                    const bars = [...svg.querySelectorAll('rect.costs, rect.benefits, rect.lowered, rect.raised')];
                    const lowest = Math.max(0, ...bars.map(bar => bar.getBoundingClientRect().bottom));
                    return {width: box.width, height: box.height, viewWidth: view.width, viewHeight: view.height,
                            bottom: box.bottom, lowestBar: lowest};
                  }));
                } else if (Date.now() - started > 45000) {
                  reject(new Error('charts not shown: ' + document.body.innerText.slice(0, 300)));
                } else {
                  setTimeout(look, 250);
                }
              };
              look();
            })""";

    @Autowired
    CostBenefitService service;

    @LocalServerPort
    int port;

    @Test
    void every_chart_is_shown_whole_at_the_proportions_it_was_drawn() {
        SignIn.out();
        long analysis =
                service.findPublic("integrale polikliniek", 0, 1).getFirst().id();

        JsonNode charts;
        // A narrow window, as on a small laptop with the side menu open: the charts must shrink whole.
        try (Chromium browser = Chromium.start(640)) {
            charts = browser.evaluate("http://localhost:" + port + "/kennisbank/mkba/" + analysis, MEASURE);
        }

        assertThat(charts).hasSize(3);
        for (JsonNode chart : charts) {
            double width = chart.get("width").asDouble();
            double expected = width
                    * chart.get("viewHeight").asDouble()
                    / chart.get("viewWidth").asDouble();
            assertThat(width)
                    .as("laid out width, shrunk to the window")
                    .isGreaterThan(300)
                    .isLessThan(640);
            assertThat(chart.get("height").asDouble())
                    .as("laid out height of %s", chart)
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(2.0));
            assertThat(chart.get("lowestBar").asDouble())
                    .as("every bar inside the picture")
                    .isLessThanOrEqualTo(chart.get("bottom").asDouble() + 0.5);
        }
    }
}
