package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.notifications.ActivityService;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import org.springframework.core.annotation.Order;

/** What happened across the learning track, on everyone's home page. */
@org.springframework.stereotype.Component
@Order(20)
class NationalActivitySection implements HomeSection {

    private final ActivityService activities;
    private final Destinations destinations;

    NationalActivitySection(ActivityService activities, Destinations destinations) {
        this.activities = activities;
        this.destinations = destinations;
    }

    @Override
    public Optional<Component> create() {
        return Optional.of(new ActivityFeed(
                "national-activity", "activity.national-title", 5, activities::nationalFeed, destinations));
    }
}
