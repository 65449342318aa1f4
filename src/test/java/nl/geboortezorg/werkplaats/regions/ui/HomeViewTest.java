package nl.geboortezorg.werkplaats.regions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;

class HomeViewTest extends ViewTest {

    @Test
    void home_lists_the_seven_partnerships_and_marks_my_region() {
        openAs(DemoUsers.DEN_HAAG, "");

        _get(HomeView.class);
        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactlyInAnyOrder(
                        // a member's own work first (see dashboard/ui/StartPageTest)
                        "Uw volgende werksessies",
                        "Uw openstaande acties",
                        "Knelpunten die wachten op herkenning door uw regio",
                        "Concepten die u achterliet",
                        "Sinds uw laatste bezoek",
                        "Activiteit in het leertraject",
                        "Amsterdam (Amsterdam UMC)",
                        "Amsterdam (OLVG)",
                        "Apeldoorn",
                        "Delft",
                        "Den Haag",
                        "Utrecht",
                        "Zuid-Limburg");
        assertThat(_find(Span.class, spec -> spec.withText("mijn regio"))).hasSize(1);
    }
}
