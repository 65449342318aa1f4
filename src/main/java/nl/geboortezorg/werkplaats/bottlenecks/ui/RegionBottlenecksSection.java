package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.ui.RegionWorkspaceSection;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import org.springframework.core.annotation.Order;

/** Puts the region's latest bottlenecks on its workspace, with the way to raise one and to see them all. */
@org.springframework.stereotype.Component
@Order(20)
class RegionBottlenecksSection implements RegionWorkspaceSection {

    private static final int LATEST = 5;

    private final BottleneckService bottlenecks;
    private final WorkSessionService sessions;

    RegionBottlenecksSection(BottleneckService bottlenecks, WorkSessionService sessions) {
        this.bottlenecks = bottlenecks;
        this.sessions = sessions;
    }

    @Override
    public Component create(Region region) {
        Section section = new Section();
        section.setId("region-bottlenecks");
        section.add(new H3(section.getTranslation("bottleneck-section.title")));
        List<BottleneckSummary> latest = bottlenecks.find(BottleneckFilter.all().inRegion(region.id()), 0, LATEST);
        if (latest.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("bottleneck-section.none")));
        }
        UnorderedList list = new UnorderedList();
        for (BottleneckSummary bottleneck : latest) {
            ListItem item = new ListItem(
                    BottleneckNavigation.bottleneck(bottleneck.id()).anchor(bottleneck.title()),
                    new Span(" "),
                    BottleneckBadges.status(section, bottleneck.status()));
            if (bottleneck.recognitionCount() > 0) {
                item.add(new Span(" · "
                        + section.getTranslation("bottleneck-section.recognised-by", bottleneck.recognitionCount())));
            }
            list.add(item);
        }
        section.add(
                list,
                BottleneckNavigation.bottlenecksIn(region.code())
                        .anchor(section.getTranslation("bottleneck-section.all")));
        List<RegionChoice> raiseIn = bottlenecks.regionsToRaiseIn().stream()
                .filter(r -> r.id() == region.id())
                .toList();
        if (!raiseIn.isEmpty()) {
            Button raise = new Button(
                    section.getTranslation("bottleneck.raise"),
                    VaadinIcon.PLUS.create(),
                    click -> BottleneckDialog.raise(bottlenecks, sessions, raiseIn, region.id())
                            .open());
            raise.setId("raise-bottleneck-in-region");
            section.add(new Paragraph(raise));
        }
        return section;
    }
}
