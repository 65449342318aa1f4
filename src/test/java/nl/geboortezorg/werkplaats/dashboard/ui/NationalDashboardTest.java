package nl.geboortezorg.werkplaats.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NationalDashboardTest extends ViewTest {

    @Autowired
    AnchoringService anchoring;

    private static String tile(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void an_observer_sees_the_whole_track_at_a_glance_on_the_home_page() {
        openAs(DemoUsers.OBSERVER, "");

        assertThat(_find(Section.class, spec -> spec.withId("national-dashboard")))
                .hasSize(1);
        assertThat(tile("dashboard-recognised"))
                .contains("Meest herkende knelpunten")
                .contains("regio’s");
        assertThat(tile("dashboard-published"))
                .contains("MKBA integrale polikliniek sociale verloskunde")
                .contains("kosten-batenanalyse · Den Haag")
                .contains("Integrale polikliniek sociale verloskunde");
        assertThat(tile("dashboard-anchoring"))
                .contains(anchoring.currentQuarter().previous() + ": 6 van 7 regio’s beoordeeld")
                .contains("Structurele financiering: gemiddeld");
        assertThat(tile("dashboard-agenda")).contains("Landelijke agenda");
        assertThat(tile("dashboard-overdue")).contains("Verlopen acties per regio");
        assertThat(tile("dashboard-sessions")).contains("Komende werksessies");
    }

    @Test
    void a_facilitator_has_it_too_and_a_professional_does_not() {
        openAs(DemoUsers.FACILITATOR, "");
        assertThat(_find(Section.class, spec -> spec.withId("national-dashboard")))
                .hasSize(1);

        openAs(DemoUsers.DEN_HAAG, "");
        assertThat(_find(Section.class, spec -> spec.withId("national-dashboard")))
                .isEmpty();
    }
}
