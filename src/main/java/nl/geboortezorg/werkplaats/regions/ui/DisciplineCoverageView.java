package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.regions.DisciplineCoverage;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;

/**
 * Disciplines against regions: which organisation types take part in which partnership, by
 * partner organisations and by members, and which expected ones are missing. Every cell says so
 * in words behind its symbol, so it reads without colour; the footer names what each region lacks.
 */
@Route("disciplines")
@Menu(order = 45, title = "disciplines.title", icon = "vaadin:sitemap")
@PermitAll
class DisciplineCoverageView extends Main implements HasDynamicTitle {

    final Grid<DisciplineCoverage.Discipline> grid = new Grid<>();

    DisciplineCoverageView(RegionService regions) {
        H2 title = new H2(getTranslation("disciplines.title"));
        title.addClassName("view-title");
        Paragraph legend = new Paragraph(getTranslation("disciplines.legend"));
        legend.setId("disciplines-legend");
        add(title, new Paragraph(getTranslation("disciplines.intro")), legend, grid(regions.disciplineCoverage()));
        addClassName("grid-view");
        setSizeFull();
    }

    private Grid<DisciplineCoverage.Discipline> grid(DisciplineCoverage coverage) {
        grid.setId("discipline-coverage");
        grid.setAriaLabel(getTranslation("disciplines.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        Grid.Column<DisciplineCoverage.Discipline> disciplines = grid.addColumn(d -> discipline(d.type(), d.expected()))
                .setHeader(getTranslation("disciplines.discipline"))
                .setKey("discipline")
                .setWidth("10rem")
                .setFlexGrow(2)
                .setFrozen(true);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(disciplines).setText(getTranslation("disciplines.missing"));
        for (RegionChoice region : coverage.regions()) {
            Grid.Column<DisciplineCoverage.Discipline> column = grid.addComponentColumn(d -> cell(d, region))
                    .setHeader(region.name())
                    .setKey("region-" + region.id())
                    .setWidth("6.5rem")
                    .setFlexGrow(1);
            footer.getCell(column).setComponent(missing(coverage.missingIn(region.id())));
        }
        grid.setItems(coverage.disciplines());
        return grid;
    }

    private String discipline(OrganisationType type, boolean expected) {
        String name = getTranslation("organisation-type." + type.name());
        return expected ? getTranslation("disciplines.expected", name) : name;
    }

    /** A symbol for the eye, hidden from screen readers, and the same in words for everyone. */
    Component cell(DisciplineCoverage.Discipline discipline, RegionChoice region) {
        DisciplineCoverage.Presence presence = discipline.in(region.id());
        if (presence.takesPart()) {
            return marker("discipline-present", "✓", present(presence));
        }
        return discipline.missingIn(region.id())
                ? marker("discipline-missing", "✗", getTranslation("disciplines.absent-expected"))
                : marker("discipline-absent", "–", getTranslation("disciplines.absent"));
    }

    /** What brings the discipline in, leaving out what does not: "2 organisaties, 1 lid". */
    private String present(DisciplineCoverage.Presence presence) {
        List<String> parts = new ArrayList<>();
        if (presence.organisations() > 0) {
            parts.add(getTranslation("disciplines.organisations", presence.organisations()));
        }
        if (presence.members() > 0) {
            parts.add(getTranslation("disciplines.members", presence.members()));
        }
        return String.join(", ", parts);
    }

    private static Span marker(String className, String symbol, String words) {
        Span mark = new Span(symbol);
        mark.getElement().setAttribute("aria-hidden", "true");
        Span cell = new Span(mark, new Span(" " + words));
        cell.addClassNames("discipline-cell", className);
        return cell;
    }

    private Span missing(List<OrganisationType> types) {
        Span text = new Span(
                types.isEmpty()
                        ? getTranslation("disciplines.complete")
                        : types.stream()
                                .map(t -> getTranslation("organisation-type." + t.name()))
                                .collect(Collectors.joining(", ")));
        text.addClassName(types.isEmpty() ? "disciplines-complete" : "disciplines-missing");
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("disciplines.title");
    }
}
