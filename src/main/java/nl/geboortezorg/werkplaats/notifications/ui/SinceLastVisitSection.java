package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.StartSection;
import nl.geboortezorg.werkplaats.notifications.Notification;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.notifications.SinceLastVisit;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import org.springframework.core.annotation.Order;

/**
 * On a region member's start page: what reached them since their previous visit. Showing it
 * records this visit, so the next visit starts from here.
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
        SinceLastVisit since = notifications.visitHome(StartSection.SHOWN);
        List<ListItem> items = since.newest().stream().map(n -> item(probe, n)).toList();
        Instant previous = since.previousVisit();
        Section section = StartSection.of(
                "since-last-visit",
                probe.getTranslation("start.changes"),
                items,
                probe.getTranslation("start.changes-none"),
                null,
                "");
        Paragraph when = new Paragraph(
                previous == null
                        ? probe.getTranslation("start.changes-first")
                        : probe.getTranslation("start.changes-since", DutchFormats.dateTime(previous)));
        when.setId("last-visit");
        section.addComponentAtIndex(1, when);
        if (since.count() > items.size()) {
            section.add(new Paragraph(probe.getTranslation("start.changes-more", since.count() - items.size())));
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
