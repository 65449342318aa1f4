package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.SearchField;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisSummary;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.regions.ui.RegionFilter;

/** The cost-benefit analyses the user may read, by region and words; writers start a new one here. */
@Route("mkba")
@Menu(order = 70, title = "mkba.list-title", icon = "vaadin:scale")
@PermitAll
class AnalysisListView extends Main implements HasDynamicTitle {

    private final CostBenefitService service;
    private final AnalysisLifecycleService lifecycle;
    private final Select<RegionSummary> region;
    private final TextField text;
    final Grid<AnalysisSummary> grid = new Grid<>();

    AnalysisListView(CostBenefitService service, AnalysisLifecycleService lifecycle, RegionService regions) {
        this.service = service;
        this.lifecycle = lifecycle;
        addClassName("mkba-list-view");
        region = RegionFilter.of(
                "mkba-filter-region",
                getTranslation("mkba.region"),
                regions.regions(),
                () -> grid.getDataProvider().refreshAll());
        text = SearchField.of(
                "mkba-filter-text",
                AnalysisFilter.TEXT_MAX,
                () -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(region, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        List<RegionChoice> writable = service.regionsToWriteIn();
        if (!writable.isEmpty()) {
            Button create = new Button(
                    getTranslation("mkba.new"),
                    VaadinIcon.PLUS.create(),
                    click -> HeadingDialog.create(
                                    lifecycle,
                                    writable,
                                    region.getValue() == null
                                            ? null
                                            : region.getValue().id())
                            .open());
            create.setId("new-mkba");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(create);
        }
        grid.setId("mkba-list");
        grid.setAriaLabel(getTranslation("mkba.list-title"));
        grid.setEmptyStateText(getTranslation("mkba.none"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> AnalysisNavigation.analysis(a.id()).anchor(a.title()))
                .setHeader(getTranslation("mkba.title"))
                .setFlexGrow(3);
        grid.addColumn(AnalysisSummary::regionName)
                .setHeader(getTranslation("mkba.region"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.baseYear() + "–" + (a.baseYear() + a.horizonYears() - 1))
                .setHeader(getTranslation("mkba.years"))
                .setFlexGrow(1);
        grid.addColumn(a -> getTranslation("analysis-state." + a.state().name()) + " · "
                        + getTranslation("publication-level." + a.level().name()))
                .setHeader(getTranslation("mkba.status"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.scenarios() == 0 ? "" : getTranslation("mkba.scenario-count", a.scenarios()))
                .setHeader(getTranslation("mkba.scenarios"))
                .setFlexGrow(1);
        grid.addColumn(a -> DutchFormats.dateTime(a.savedAt()))
                .setHeader(getTranslation("mkba.saved-column"))
                .setFlexGrow(1);
        grid.setItems(
                query -> service.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> service.count(filter()));
        add(new H2(getTranslation("mkba.list-title")), new Paragraph(getTranslation("mkba.intro")), filters, grid);
        setSizeFull();
    }

    private AnalysisFilter filter() {
        return new AnalysisFilter(
                region.getValue() == null ? null : region.getValue().id(), text.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mkba.list-title") + " | " + getTranslation("app.name");
    }
}
