package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the home page that another feature contributes, such as the national dashboard.
 * Features build on regions, never the other way round: they offer a Spring bean of this type and
 * the home page shows, above the regions, what every such bean makes, in their {@code @Order}.
 */
public interface HomeSection {

    /** The section for the signed-in user; empty when it is not for them. Made fresh for every showing. */
    Optional<Component> create();
}
