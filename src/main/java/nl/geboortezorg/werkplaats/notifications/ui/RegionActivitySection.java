package nl.geboortezorg.werkplaats.notifications.ui;

import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.notifications.ActivityService;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.ui.RegionWorkspaceSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The region's activity on its workspace. */
@Component
@Order(90)
class RegionActivitySection implements RegionWorkspaceSection {

    private final ActivityService activities;
    private final Destinations destinations;

    RegionActivitySection(ActivityService activities, Destinations destinations) {
        this.activities = activities;
        this.destinations = destinations;
    }

    @Override
    public ActivityFeed create(Region region) {
        return new ActivityFeed(
                "region-activity",
                "activity.region-title",
                10,
                (offset, limit) -> activities.regionFeed(region.id(), offset, limit),
                destinations);
    }
}
