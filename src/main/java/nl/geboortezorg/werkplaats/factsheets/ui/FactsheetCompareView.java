package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSection;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;

/**
 * Published factsheets of two or more regions side by side, section by section: each row is one
 * section, each column one region. On a narrow screen the columns stack, each still headed by
 * its region.
 */
@Route("factsheets/vergelijk")
@PermitAll
class FactsheetCompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "f";
    private static final int MAX_COLUMNS = 7;

    private final FactsheetService factsheets;

    FactsheetCompareView(FactsheetService factsheets) {
        this.factsheets = factsheets;
        addClassName("factsheet-compare-view");
    }

    static QueryParameters parameters(List<Long> factsheetIds) {
        return new QueryParameters(
                Map.of(PARAMETER, factsheetIds.stream().map(String::valueOf).toList()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Long> ids =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of()).stream()
                        .filter(v -> v.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .limit(MAX_COLUMNS)
                        .toList();
        List<FactsheetVersion> versions = factsheets.publishedVersions(ids);
        removeAll();
        add(new H2(getTranslation("factsheets.compare-regions")));
        if (versions.size() < 2) {
            Paragraph few = new Paragraph(getTranslation("factsheets.compare-too-few"));
            few.setId("compare-too-few");
            add(few, FactsheetNavigation.factsheets().anchor(getTranslation("factsheets.title")));
            return;
        }
        Div table = new Div();
        table.setId("side-by-side");
        table.addClassName("side-by-side");
        table.getStyle().set("--columns", String.valueOf(versions.size()));
        table.getElement().setAttribute("role", "table");
        table.getElement().setAttribute("aria-label", getTranslation("factsheets.compare-regions"));
        Div header = row();
        header.add(cell(new Span(""), "columnheader"));
        for (FactsheetVersion version : versions) {
            Div heading = new Div(
                    FactsheetNavigation.factsheet(version.factsheetId()).anchor(version.regionName()),
                    new Div(new Span(version.title())),
                    new Div(new Span(getTranslation(
                            "factsheet.published-on",
                            DutchFormats.date(Objects.requireNonNull(
                                    version.workflow().publishedAt(), "published versions only"))))));
            header.add(cell(heading, "columnheader"));
        }
        table.add(header);
        for (FactsheetSection section : FactsheetSection.values()) {
            Div row = row();
            row.add(cell(new H3(getTranslation(FactsheetContent.sectionKey(section))), "rowheader"));
            for (FactsheetVersion version : versions) {
                Div cell = cell(FactsheetContent.section(this, version, section), "cell");
                cell.getElement().setAttribute("data-region", version.regionName());
                row.add(cell);
            }
            table.add(row);
        }
        add(table);
    }

    private static Div row() {
        Div row = new Div();
        row.addClassName("side-by-side-row");
        row.getElement().setAttribute("role", "row");
        return row;
    }

    private static Div cell(com.vaadin.flow.component.Component content, String role) {
        Div cell = new Div(content);
        cell.addClassName("side-by-side-cell");
        cell.getElement().setAttribute("role", role);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("factsheets.compare-regions") + " | " + getTranslation("app.name");
    }
}
