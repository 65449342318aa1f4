package nl.geboortezorg.werkplaats.factsheets.ui;

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
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetState;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.ui.RegionWorkspaceSection;
import org.springframework.core.annotation.Order;

/** The region's factsheets on its workspace, with the way to write a new one. */
@org.springframework.stereotype.Component
@Order(30)
class RegionFactsheetsSection implements RegionWorkspaceSection {

    private static final int LATEST = 5;

    private final FactsheetService factsheets;

    RegionFactsheetsSection(FactsheetService factsheets) {
        this.factsheets = factsheets;
    }

    @Override
    public Component create(Region region) {
        Section section = new Section();
        section.setId("region-factsheets");
        section.add(new H3(section.getTranslation("factsheet-section-region.title")));
        List<FactsheetSummary> latest = factsheets.find(FactsheetFilter.all().inRegion(region.id()), 0, LATEST);
        if (latest.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("factsheets.none")));
        }
        UnorderedList list = new UnorderedList();
        for (FactsheetSummary factsheet : latest) {
            ListItem item = new ListItem(
                    FactsheetNavigation.factsheet(factsheet.factsheetId()).anchor(factsheet.title()));
            item.add(new Span(" · "
                    + section.getTranslation(
                            "publication-level." + factsheet.level().name())));
            if (factsheet.withdrawn()) {
                item.add(
                        new Span(" · " + section.getTranslation("factsheet-state." + FactsheetState.WITHDRAWN.name())));
            }
            if (factsheet.workingState() != null) {
                item.add(new Span(" · "
                        + section.getTranslation(
                                "factsheet-state." + factsheet.workingState().name())));
            }
            list.add(item);
        }
        section.add(
                list,
                FactsheetNavigation.factsheetsIn(region.code())
                        .anchor(section.getTranslation("factsheet-section-region.all")));
        List<RegionChoice> here = factsheets.regionsToWriteIn().stream()
                .filter(r -> r.id() == region.id())
                .toList();
        if (!here.isEmpty()) {
            Button create = new Button(
                    section.getTranslation("factsheet.new"),
                    VaadinIcon.PLUS.create(),
                    click -> FactsheetDialog.create(factsheets, here, region.id())
                            .open());
            create.setId("new-factsheet-in-region");
            section.add(new Paragraph(create));
        }
        return section;
    }
}
