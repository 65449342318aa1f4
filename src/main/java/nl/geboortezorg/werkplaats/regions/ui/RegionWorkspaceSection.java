package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.Component;
import nl.geboortezorg.werkplaats.regions.Region;

/**
 * A part of a region's workspace that another feature contributes, such as the region's working
 * sessions. Features build on regions, never the other way round: they offer a Spring bean of this
 * type and the workspace shows what every such bean makes, in their {@code @Order}.
 */
public interface RegionWorkspaceSection {

    /** The section for this region as the signed-in user may see it; made fresh for every showing. */
    Component create(Region region);
}
