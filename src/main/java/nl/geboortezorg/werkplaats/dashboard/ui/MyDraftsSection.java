package nl.geboortezorg.werkplaats.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.StartSection;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.drafts.DraftSummary;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import org.springframework.core.annotation.Order;

/**
 * On a region member's start page: the drafts they left, leading back to the form where one has a
 * page. It lives here, not with the drafts, because regions keep drafts themselves: a section in the
 * drafts feature would make the two depend on each other.
 */
@org.springframework.stereotype.Component
@Order(4)
class MyDraftsSection implements HomeSection {

    private final DraftService drafts;
    private final RegionService regions;
    private final Destinations destinations;

    MyDraftsSection(DraftService drafts, RegionService regions, Destinations destinations) {
        this.drafts = drafts;
        this.regions = regions;
        this.destinations = destinations;
    }

    @Override
    public Optional<Component> create() {
        if (!regions.hasRegion()) {
            return Optional.empty();
        }
        Section probe = new Section();
        List<ListItem> items = drafts.myDrafts(StartSection.SHOWN).stream()
                .map(draft -> item(probe, draft))
                .toList();
        return Optional.of(StartSection.of(
                "my-drafts",
                probe.getTranslation("start.drafts"),
                items,
                probe.getTranslation("start.drafts-none"),
                null,
                ""));
    }

    private ListItem item(Component context, DraftSummary draft) {
        String form = context.getTranslation("draft-form." + draft.key().form().name());
        Component what = draft.destination()
                .<Component>map(destination -> new Anchor(destinations.path(destination), form))
                .orElseGet(() -> new Span(form));
        ListItem item = StartSection.item(
                what, context.getTranslation("start.drafts-kept", DutchFormats.dateTime(draft.savedAt())));
        if (!draft.preview().isEmpty()) {
            item.add(" · ");
            Span preview = new Span("“" + draft.preview() + "”");
            preview.addClassName("draft-preview");
            item.add(preview);
        }
        return item;
    }
}
