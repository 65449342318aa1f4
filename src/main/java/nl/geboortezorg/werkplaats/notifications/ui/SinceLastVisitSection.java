package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.StartSection;
import nl.geboortezorg.werkplaats.notifications.Notification;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import org.springframework.core.annotation.Order;

/**
 * On a region member's start page: what changed since they last looked, as the notifications they
 * have not read yet (reading one, or all, is what marks having seen it).
 */
@org.springframework.stereotype.Component
@Order(5)
class SinceLastVisitSection implements HomeSection {

    private final NotificationService notifications;
    private final RegionService regions;
    private final Destinations destinations;

    SinceLastVisitSection(NotificationService notifications, RegionService regions, Destinations destinations) {
        this.notifications = notifications;
        this.regions = regions;
        this.destinations = destinations;
    }

    @Override
    public Optional<Component> create() {
        if (!regions.hasRegion()) {
            return Optional.empty();
        }
        Section probe = new Section();
        int unread = notifications.unreadCount();
        List<ListItem> items = unread == 0
                ? List.of()
                : notifications.mine(0, StartSection.SHOWN * 4).stream()
                        .filter(n -> !n.read())
                        .limit(StartSection.SHOWN)
                        .map(n -> item(probe, n))
                        .toList();
        Section section = StartSection.of(
                "since-last-visit",
                probe.getTranslation("start.changes"),
                items,
                probe.getTranslation("start.changes-none"),
                null,
                "");
        if (unread > items.size()) {
            section.add(new com.vaadin.flow.component.html.Paragraph(
                    probe.getTranslation("start.changes-more", unread - items.size())));
        }
        return Optional.of(section);
    }

    private ListItem item(Component context, Notification notification) {
        return StartSection.item(
                new Anchor(
                        destinations.path(notification.activity().destination()),
                        ActivityText.sentence(context, notification.activity())),
                DutchFormats.dateTime(notification.activity().occurredAt()));
    }
}
