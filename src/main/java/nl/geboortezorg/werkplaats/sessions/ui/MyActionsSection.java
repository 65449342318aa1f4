package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.StartSection;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import org.springframework.core.annotation.Order;

/** On a region member's start page: their open actions, overdue ones first and marked as such. */
@org.springframework.stereotype.Component
@Order(2)
class MyActionsSection implements HomeSection {

    private final SessionOutcomeService outcomes;
    private final RegionService regions;
    private final Clock clock;

    MyActionsSection(SessionOutcomeService outcomes, RegionService regions, Clock clock) {
        this.outcomes = outcomes;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        if (!regions.hasRegion()) {
            return Optional.empty();
        }
        Section probe = new Section();
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        List<ListItem> items = outcomes.myOpenActions(0, StartSection.SHOWN).stream()
                .map(action -> item(probe, action, today))
                .toList();
        int count = outcomes.countMyOpenActions();
        return Optional.of(StartSection.of(
                "my-open-actions",
                probe.getTranslation("start.actions"),
                items,
                probe.getTranslation("start.actions-none"),
                SessionNavigation.myActions(),
                probe.getTranslation("start.actions-all", count)));
    }

    private static ListItem item(Component context, ActionItem action, LocalDate today) {
        ListItem item = StartSection.item(
                SessionNavigation.session(action.sessionId()).anchor(action.description()),
                context.getTranslation("start.actions-due", DutchFormats.date(action.dueDate())));
        item.addClassName("my-open-action");
        if (action.overdue(today)) {
            item.add(" ");
            item.add(ActionList.overdueBadge(context));
        }
        return item;
    }
}
