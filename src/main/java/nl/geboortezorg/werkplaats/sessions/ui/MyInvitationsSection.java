package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.StartSection;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import org.springframework.core.annotation.Order;

/** First on a region member's start page: the next working sessions they are invited to. */
@org.springframework.stereotype.Component
@Order(1)
class MyInvitationsSection implements HomeSection {

    private final WorkSessionService sessions;
    private final RegionService regions;

    MyInvitationsSection(WorkSessionService sessions, RegionService regions) {
        this.sessions = sessions;
        this.regions = regions;
    }

    @Override
    public Optional<Component> create() {
        if (!regions.hasRegion()) {
            return Optional.empty();
        }
        Section probe = new Section();
        List<ListItem> items = sessions.myInvitations(StartSection.SHOWN).stream()
                .map(s -> StartSection.item(
                        SessionNavigation.session(s.id()).anchor(s.title()),
                        DutchFormats.dateTime(s.startsAt()),
                        Objects.requireNonNullElseGet(
                                s.regionName(), () -> probe.getTranslation("dashboard.national"))))
                .toList();
        return Optional.of(StartSection.of(
                "my-invitations",
                probe.getTranslation("start.invitations"),
                items,
                probe.getTranslation("start.invitations-none"),
                SessionNavigation.sessions(),
                probe.getTranslation("start.invitations-all")));
    }
}
