package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.SearchField;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.regions.ui.RegionFilter;

/**
 * The factsheets the user may read: filtered by region and words, facilitators also by those
 * awaiting their review. Ticking two or more published ones reads them side by side.
 */
@Route("factsheets")
@Menu(order = 50, title = "factsheets.title", icon = "vaadin:file-text-o")
@PermitAll
class FactsheetListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String REGION_PARAMETER = "regio";

    private final FactsheetService factsheets;
    private final List<RegionSummary> regions;
    private final Select<RegionSummary> region;
    private final TextField text;
    private final Checkbox awaitingReview = new Checkbox();
    final Grid<FactsheetSummary> grid = new Grid<>();
    final Button compare = new Button();

    FactsheetListView(FactsheetService factsheets, RegionService regionService) {
        this.factsheets = factsheets;
        this.regions = regionService.regions();
        region = RegionFilter.of("factsheet-filter-region", getTranslation("factsheet.region"), regions, this::refresh);
        text = SearchField.of("factsheet-filter-text", FactsheetFilter.TEXT_MAX, this::refresh);
        addClassName("factsheet-list-view");
        H2 title = new H2(getTranslation("factsheets.title"));
        add(title, new Paragraph(getTranslation("factsheets.intro")), filters(), grid());
        setSizeFull();
    }

    private HorizontalLayout filters() {
        awaitingReview.setLabel(getTranslation("factsheets.awaiting-review"));
        awaitingReview.setId("factsheet-filter-review");
        awaitingReview.setVisible(factsheets.mayReview());
        awaitingReview.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(region, text, awaitingReview);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        List<RegionChoice> writable = factsheets.regionsToWriteIn();
        if (!writable.isEmpty()) {
            Button create = new Button(
                    getTranslation("factsheet.new"),
                    VaadinIcon.PLUS.create(),
                    click -> FactsheetDialog.create(
                                    factsheets,
                                    writable,
                                    region.getValue() == null
                                            ? null
                                            : region.getValue().id())
                            .open());
            create.setId("new-factsheet");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(create);
        }
        compare.setText(getTranslation("factsheets.compare-regions"));
        compare.setId("compare-factsheets");
        compare.setIcon(VaadinIcon.EXCHANGE.create());
        compare.setEnabled(false);
        compare.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                FactsheetCompareView.class,
                FactsheetCompareView.parameters(grid.getSelectedItems().stream()
                        .map(FactsheetSummary::factsheetId)
                        .toList()))));
        filters.add(compare);
        return filters;
    }

    private Grid<FactsheetSummary> grid() {
        grid.setId("factsheets");
        grid.setAriaLabel(getTranslation("factsheets.title"));
        grid.setEmptyStateText(getTranslation("factsheets.none"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> compare.setEnabled(selection.getAllSelectedItems().stream()
                        .filter(FactsheetSummary::published)
                        .count()
                >= 2));
        grid.addComponentColumn(
                        f -> FactsheetNavigation.factsheet(f.factsheetId()).anchor(f.title()))
                .setHeader(getTranslation("factsheet.title"))
                .setFlexGrow(3);
        grid.addColumn(FactsheetSummary::regionName)
                .setHeader(getTranslation("factsheet.region"))
                .setFlexGrow(1);
        grid.addColumn(f -> getTranslation("publication-level." + f.level().name()))
                .setHeader(getTranslation("publication-level.label"))
                .setFlexGrow(1);
        grid.addColumn(this::status)
                .setHeader(getTranslation("factsheet.status"))
                .setFlexGrow(2);
        grid.setItems(
                query -> factsheets.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> factsheets.count(filter()));
        return grid;
    }

    /** Published (with its date), and for the region's writers also where the version being worked on stands. */
    private String status(FactsheetSummary f) {
        String published = f.published()
                ? getTranslation(
                        f.withdrawn() ? "factsheet.withdrawn-since-published" : "factsheet.published-on",
                        DutchFormats.date(Objects.requireNonNull(f.publishedAt(), "published, so dated")))
                : getTranslation("factsheet.not-published");
        return f.workingState() == null
                ? published
                : published + " · "
                        + getTranslation(
                                "factsheet.working-state",
                                getTranslation(
                                        "factsheet-state." + f.workingState().name()));
    }

    private FactsheetFilter filter() {
        return new FactsheetFilter(
                region.getValue() == null ? null : region.getValue().id(), awaitingReview.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        Optional<String> code =
                parameters.getOrDefault(REGION_PARAMETER, List.of()).stream().findFirst();
        region.setValue(code.flatMap(
                        c -> regions.stream().filter(r -> r.code().equals(c)).findFirst())
                .orElse(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("factsheets.title") + " | " + getTranslation("app.name");
    }
}
