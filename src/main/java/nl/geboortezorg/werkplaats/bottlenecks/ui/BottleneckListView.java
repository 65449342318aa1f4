package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSort;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;

/**
 * All bottlenecks, or one region's ({@code ?regio=<code>}): filtered by category, status,
 * addressee, organisation types involved and text (all kept in the address, so a filtered list can be shared), sorted on the
 * server and paged lazily. Whoever may write in a region raises
 * a new one here.
 */
@Route("knelpunten")
@Menu(order = 20, title = "bottlenecks.title", icon = "vaadin:warning")
@PermitAll
class BottleneckListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BottleneckService bottlenecks;
    private final WorkSessionService sessions;
    static final String REGION = "regio";
    private static final String CATEGORY = "categorie";
    private static final String STATUS = "status";
    private static final String ADDRESSEE = "adressant";
    private static final String ORGANISATION_TYPES = "organisatiesoort";
    private static final String TEXT = "zoek";

    private final List<RegionChoice> regions;
    private boolean restoring;
    final Select<RegionChoice> region = new Select<>();
    final Select<BottleneckCategory> category = new Select<>();
    final Select<BottleneckStatus> status = new Select<>();
    final Select<Addressee> addressee = new Select<>();
    final MultiSelectComboBox<OrganisationType> organisationTypes = new MultiSelectComboBox<>();
    final TextField text = new TextField();
    final Grid<BottleneckSummary> grid = new Grid<>();

    BottleneckListView(BottleneckService bottlenecks, WorkSessionService sessions, RegionService regionService) {
        this.bottlenecks = bottlenecks;
        this.sessions = sessions;
        this.regions = regionService.regions().stream()
                .map(r -> new RegionChoice(r.id(), r.code(), r.name()))
                .toList();
        H2 title = new H2(getTranslation("bottlenecks.title"));
        title.addClassName("view-title");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        List<RegionChoice> raiseIn = bottlenecks.regionsToRaiseIn();
        if (!raiseIn.isEmpty()) {
            Button raise = new Button(
                    getTranslation("bottleneck.raise"),
                    VaadinIcon.PLUS.create(),
                    click -> BottleneckDialog.raise(
                                    bottlenecks,
                                    sessions,
                                    raiseIn,
                                    region.getValue() == null
                                            ? null
                                            : region.getValue().id())
                            .open());
            raise.setId("raise-bottleneck");
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addToEnd(raise);
        }
        add(header, filters(), grid());
        addClassName("grid-view");
        setSizeFull();
    }

    private HorizontalLayout filters() {
        FilterFields.oneOrAll(region, "bottleneck.region", "filter-region", regions, RegionChoice::name);
        FilterFields.oneOrAll(
                category,
                "bottleneck.category",
                "filter-category",
                List.of(BottleneckCategory.values()),
                c -> getTranslation("bottleneck-category." + c.name()));
        FilterFields.oneOrAll(
                status,
                "bottleneck.status",
                "filter-status",
                List.of(BottleneckStatus.values()),
                s -> getTranslation("bottleneck-status." + s.name()));
        FilterFields.oneOrAll(
                addressee,
                "bottleneck.addressee",
                "filter-addressee",
                List.of(Addressee.values()),
                a -> getTranslation("addressee." + a.name()));
        FilterFields.organisationTypes(organisationTypes, "filter-organisation-types");
        text.setLabel(getTranslation("bottleneck-list.search"));
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        text.setMaxLength(BottleneckFilter.TEXT_MAX);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        region.addValueChangeListener(change -> refresh());
        category.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        addressee.addValueChangeListener(change -> refresh());
        organisationTypes.addValueChangeListener(change -> refresh());
        text.addValueChangeListener(change -> refresh());
        Button clear = new Button(getTranslation("bottleneck-list.clear"), click -> {
            region.clear();
            category.clear();
            status.clear();
            addressee.clear();
            organisationTypes.clear();
            text.clear();
        });
        clear.setId("clear-filters");
        HorizontalLayout filters =
                new HorizontalLayout(region, category, status, addressee, organisationTypes, text, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<BottleneckSummary> grid() {
        grid.setId("bottlenecks");
        grid.setAriaLabel(getTranslation("bottlenecks.title"));
        grid.setEmptyStateText(getTranslation("bottleneck-list.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        grid.addComponentColumn(b -> BottleneckNavigation.bottleneck(b.id()).anchor(b.title()))
                .setHeader(getTranslation("bottleneck.title"))
                .setKey(BottleneckSort.TITLE.name())
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(BottleneckSummary::regionName)
                .setHeader(getTranslation("bottleneck.region"))
                .setKey(BottleneckSort.REGION.name())
                .setSortable(true);
        grid.addColumn(b -> getTranslation("bottleneck-category." + b.category().name()))
                .setHeader(getTranslation("bottleneck.category"));
        grid.addComponentColumn(b -> BottleneckBadges.status(this, b.status()))
                .setHeader(getTranslation("bottleneck.status"))
                .setKey(BottleneckSort.STATUS.name())
                .setSortable(true);
        grid.addColumn(b -> BottleneckBadges.addressees(Translator.of(this), b.addressees()))
                .setHeader(getTranslation("bottleneck.addressees"))
                .setFlexGrow(2);
        grid.addColumn(BottleneckSummary::recognitionCount)
                .setHeader(getTranslation("bottleneck-list.recognitions"))
                .setKey(BottleneckSort.RECOGNITIONS.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> DutchFormats.date(b.raisedAt()))
                .setHeader(getTranslation("bottleneck.raised"))
                .setKey(BottleneckSort.RAISED_AT.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query ->
                        bottlenecks
                                .find(
                                        filter(query.getSortOrders().stream().findFirst()),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                query -> bottlenecks.count(filter(Optional.empty())));
        return grid;
    }

    private BottleneckFilter filter(Optional<QuerySortOrder> order) {
        BottleneckSort sort =
                order.map(o -> BottleneckSort.valueOf(o.getSorted())).orElse(BottleneckSort.RAISED_AT);
        boolean descending =
                order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(true);
        return new BottleneckFilter(
                region.getValue() == null ? null : region.getValue().id(),
                category.getValue(),
                status.getValue(),
                addressee.getValue(),
                organisationTypes.getValue(),
                text.getValue(),
                sort,
                descending);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        if (!restoring) {
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            new Location(BottleneckNavigation.bottlenecks().path(), address())));
        }
    }

    /** The filters as query parameters, so that a filtered list can be bookmarked and shared. */
    QueryParameters address() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (region.getValue() != null) {
            parameters.put(REGION, region.getValue().code());
        }
        if (category.getValue() != null) {
            parameters.put(CATEGORY, category.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (status.getValue() != null) {
            parameters.put(STATUS, status.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (addressee.getValue() != null) {
            parameters.put(ADDRESSEE, addressee.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (!organisationTypes.getValue().isEmpty()) {
            parameters.put(
                    ORGANISATION_TYPES,
                    organisationTypes.getValue().stream()
                            .sorted()
                            .map(t -> t.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(",")));
        }
        if (!text.getValue().isBlank()) {
            parameters.put(TEXT, text.getValue());
        }
        return QueryParameters.simple(parameters);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, Optional<String> value) {
        return value.flatMap(code -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(code))
                .findFirst());
    }

    /** Opens with the filters of the address; unknown values are ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            region.setValue(parameters
                    .getSingleParameter(REGION)
                    .flatMap(code ->
                            regions.stream().filter(r -> r.code().equals(code)).findFirst())
                    .orElse(null));
            category.setValue(parse(BottleneckCategory.class, parameters.getSingleParameter(CATEGORY))
                    .orElse(null));
            status.setValue(parse(BottleneckStatus.class, parameters.getSingleParameter(STATUS))
                    .orElse(null));
            addressee.setValue(parse(Addressee.class, parameters.getSingleParameter(ADDRESSEE))
                    .orElse(null));
            organisationTypes.setValue(parameters.getSingleParameter(ORGANISATION_TYPES).stream()
                    .flatMap(codes -> Arrays.stream(codes.split(",")))
                    .flatMap(code -> parse(OrganisationType.class, Optional.of(code)).stream())
                    .collect(Collectors.toSet()));
            text.setValue(parameters
                    .getSingleParameter(TEXT)
                    .map(value -> value.length() > BottleneckFilter.TEXT_MAX
                            ? value.substring(0, BottleneckFilter.TEXT_MAX)
                            : value)
                    .orElse(""));
        } finally {
            restoring = false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bottlenecks.title");
    }
}
