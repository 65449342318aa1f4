package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.Component;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.notifications.Activity;

/** How an activity reads, in a feed and in the notifications. */
final class ActivityText {

    private ActivityText() {}

    static String sentence(Component component, Activity activity) {
        return component.getTranslation(
                "activity.kind." + activity.kind().name(), activity.actorName(), activity.title());
    }

    static String when(Activity activity) {
        return DutchFormats.dateTime(activity.occurredAt());
    }
}
