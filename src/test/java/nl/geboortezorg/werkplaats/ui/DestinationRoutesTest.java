package nl.geboortezorg.werkplaats.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.ui.ViewLink;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of destination leads to a registered route, at the address it has today, and that
 * address resolves back to the destination's view with its parameters. Kinds are found by
 * reflection, so a new one fails here until its address is written down.
 */
@IntegrationTest
class DestinationRoutesTest {

    /** Today's address of each kind, for an example with id 42 in Utrecht; query parameters in any order. */
    private static final Map<Class<?>, String> ADDRESSES = Map.ofEntries(
            Map.entry(Destination.Home.class, ""),
            Map.entry(Destination.Session.class, "sessies/42"),
            Map.entry(Destination.Bottleneck.class, "knelpunten/42"),
            Map.entry(Destination.Factsheet.class, "factsheets/42"),
            Map.entry(Destination.Analysis.class, "mkba/42"),
            Map.entry(Destination.Documents.class, "documenten?regio=utrecht&tekst=Verslag%20overleg"),
            Map.entry(Destination.KnowledgeBase.class, "kennisbank"),
            Map.entry(Destination.Profile.class, "profiel"),
            Map.entry(Destination.ForgotPassword.class, "wachtwoord-vergeten"),
            Map.entry(Destination.ChoosePassword.class, "wachtwoord-instellen/Tk9-voorbeeld_42"),
            Map.entry(Destination.ConfirmEmail.class, "e-mailadres-bevestigen/Tk9-voorbeeld_42"));

    /** The example value of each record component, by its name. */
    private static final Map<String, Object> EXAMPLE_VALUES = Map.of(
            "id", 42L,
            "regionCode", "utrecht",
            "words", "Verslag overleg",
            "token", "Tk9-voorbeeld_42");

    @Autowired
    DestinationRoutes destinations;

    @Autowired
    ServletContext servletContext;

    @Test
    void every_kind_of_destination_has_the_address_it_has_today() {
        assertThat(ADDRESSES.keySet()).containsExactlyInAnyOrder(Destination.class.getPermittedSubclasses());
        for (Class<?> kind : Destination.class.getPermittedSubclasses()) {
            Location address = new Location(destinations.path(example(kind)));
            Location today = new Location(ADDRESSES.get(kind));
            assertThat(address.getPath()).as(kind.getSimpleName()).isEqualTo(today.getPath());
            assertThat(address.getQueryParameters()).as(kind.getSimpleName()).isEqualTo(today.getQueryParameters());
        }
    }

    @Test
    void every_address_resolves_to_the_view_and_parameters_of_its_destination() {
        RouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        for (Class<?> kind : Destination.class.getPermittedSubclasses()) {
            Destination destination = example(kind);
            ViewLink link = DestinationRoutes.link(destination);
            Location address = new Location(destinations.path(destination));

            NavigationRouteTarget resolved = registry.getNavigationRouteTarget(address.getPath());

            assertThat(resolved.hasTarget()).as(kind.getSimpleName()).isTrue();
            assertThat(resolved.getRouteTarget().getTarget())
                    .as(kind.getSimpleName())
                    .isEqualTo(link.view());
            assertThat(resolved.getRouteParameters()).as(kind.getSimpleName()).isEqualTo(link.parameters());
            assertThat(address.getQueryParameters()).as(kind.getSimpleName()).isEqualTo(link.query());
        }
    }

    private static Destination example(Class<?> kind) {
        RecordComponent[] components = kind.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> {
                    assertThat(EXAMPLE_VALUES)
                            .as("an example value for %s.%s", kind.getSimpleName(), component.getName())
                            .containsKey(component.getName());
                    return EXAMPLE_VALUES.get(component.getName());
                })
                .toArray();
        try {
            return (Destination) kind.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
