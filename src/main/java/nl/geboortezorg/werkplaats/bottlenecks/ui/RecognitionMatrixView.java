package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixFilter;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.bottlenecks.RecognitionMatrix;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;

/**
 * The recognition matrix: every open bottleneck against the seven regions, as a heat map that
 * reads without colour (a shape and words in every cell), on a laptop's screen without scrolling
 * sideways. A recognised cell opens the quote behind it, by mouse or keyboard; hovering shows it
 * too. Paged lazily, most regions first.
 */
@Route("herkenningsmatrix")
@Menu(order = 40, title = "matrix.title", icon = "vaadin:grid")
@PermitAll
class RecognitionMatrixView extends Main implements HasDynamicTitle {

    private final BottleneckService bottlenecks;
    final Select<MatrixSort> sort = new Select<>();
    final Select<BottleneckCategory> category = new Select<>();
    final Select<BottleneckStatus> status = new Select<>();
    final MultiSelectComboBox<OrganisationType> organisationTypes = new MultiSelectComboBox<>();
    final Anchor export = new Anchor();
    final Grid<RecognitionMatrix.Row> grid = new Grid<>();

    RecognitionMatrixView(BottleneckService bottlenecks, TranslationProvider translations, Clock clock) {
        this.bottlenecks = bottlenecks;
        H2 title = new H2(getTranslation("matrix.title"));
        title.addClassName("view-title");
        sort.setLabel(getTranslation("matrix.sort"));
        sort.setId("matrix-sort");
        sort.setItems(MatrixSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("matrix.sort." + s.name()));
        sort.setValue(MatrixSort.MOST_REGIONS);
        sort.setWidth("16rem");
        sort.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Paragraph legend = new Paragraph(
                legendItem("raised", "matrix.legend.raised"),
                legendItem("quoted", "matrix.legend.quoted"),
                legendItem("recognised", "matrix.legend.recognised"),
                legendItem("not", "matrix.legend.not"));
        legend.setId("matrix-legend");
        legend.addClassName("matrix-legend");
        add(
                title,
                new Paragraph(getTranslation("matrix.intro")),
                legend,
                filterBar(),
                grid(bottlenecks
                        .matrix(MatrixFilter.all(), MatrixSort.MOST_REGIONS, 0, 0)
                        .regions()));
        export(translations, LocalDate.now(clock.withZone(DutchTime.ZONE)));
        addClassName("grid-view");
        setSizeFull();
    }

    private Grid<RecognitionMatrix.Row> grid(List<RegionChoice> regions) {
        grid.setId("recognition-matrix");
        grid.setAriaLabel(getTranslation("matrix.title"));
        grid.setEmptyStateText(getTranslation("matrix.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        // Sized for a laptop 1366 pixels wide with the menu open: the title and the region columns
        // share what is left, long titles and region names wrap, and the title is cut after three
        // lines with the whole of it in its tooltip and its link's name.
        grid.addComponentColumn(this::title)
                .setHeader(getTranslation("bottleneck.title"))
                .setWidth("11rem")
                .setFlexGrow(2)
                .setFrozen(true);
        grid.addColumn(RecognitionMatrix.Row::regionCount)
                .setHeader(header(getTranslation("matrix.region-count")))
                .setWidth("5rem")
                .setFlexGrow(0);
        for (RegionChoice region : regions) {
            grid.addComponentColumn(row -> cell(row, region))
                    .setHeader(header(region.name()))
                    .setKey("region-" + region.id())
                    .setWidth("6rem")
                    .setFlexGrow(1);
        }
        grid.setItems(
                query ->
                        bottlenecks
                                .matrix(filter(), sort.getValue(), query.getOffset(), query.getLimit())
                                .rows()
                                .stream(),
                query -> bottlenecks.countMatrix(filter()));
        return grid;
    }

    /** The sort, the filters on category, status and organisation types involved, and the export. */
    private HorizontalLayout filterBar() {
        FilterFields.oneOrAll(
                category,
                "bottleneck.category",
                "matrix-category",
                List.of(BottleneckCategory.values()),
                c -> getTranslation("bottleneck-category." + c.name()));
        FilterFields.oneOrAll(
                status,
                "bottleneck.status",
                "matrix-status",
                Arrays.stream(BottleneckStatus.values())
                        .filter(BottleneckStatus::open)
                        .toList(),
                s -> getTranslation("bottleneck-status." + s.name()));
        FilterFields.organisationTypes(organisationTypes, "matrix-organisation-types");
        category.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        organisationTypes.addValueChangeListener(
                change -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(sort, category, status, organisationTypes, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    MatrixFilter filter() {
        return new MatrixFilter(category.getValue(), status.getValue(), organisationTypes.getValue());
    }

    /** A download of the rows as filtered when it is clicked, all pages, with one column per region. */
    private void export(TranslationProvider translations, LocalDate today) {
        Translator texts = Translator.of(translations, getLocale());
        export.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] csv = MatrixExport.csv(texts, exportedRows());
            return new DownloadResponse(
                    new ByteArrayInputStream(csv),
                    AgendaExport.fileName("herkenningsmatrix", today, "csv"),
                    "text/csv; charset=utf-8",
                    csv.length);
        }));
        export.setText(getTranslation("matrix.export-csv"));
        export.setId("matrix-export");
    }

    RecognitionMatrix exportedRows() {
        MatrixFilter filter = filter();
        return bottlenecks.matrix(filter, sort.getValue(), 0, bottlenecks.countMatrix(filter));
    }

    private Component title(RecognitionMatrix.Row row) {
        Anchor link = BottleneckNavigation.bottleneck(row.bottleneckId()).anchor(row.title());
        link.addClassName("matrix-title");
        link.setTitle(row.title());
        return link;
    }

    /** A column header that wraps instead of being cut off, its whole text in a tooltip too. */
    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("matrix-header");
        header.setTitle(text);
        return header;
    }

    /**
     * How strongly the region takes part, in a shape and in words so that the cell reads without
     * its colour: a square where it was raised, a filled circle where it is recognised with a
     * quote from practice, a ring where it is recognised without one, a dash where it is not.
     * The region's name precedes the words for screen readers, which read a cell on its own.
     */
    Component cell(RecognitionMatrix.Row row, RegionChoice region) {
        return switch (row.cell(region.id())) {
            case RAISED -> marker("raised", region, getTranslation("matrix.raised"));
            case NOT -> marker("not", region, getTranslation("matrix.not"));
            case RECOGNISED -> {
                Recognition recognition = Objects.requireNonNull(
                        row.recognitions().get(region.id()), "a recognised cell has its recognition");
                int quotes = recognition.quote() == null ? 0 : 1;
                String words = getTranslation("matrix.recognised", quotes);
                Button button = new Button(words, click -> showRecognition(row, recognition));
                button.setIcon(shape(quotes > 0 ? "quoted" : "recognised"));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                button.addClassNames("matrix-cell", quotes > 0 ? "matrix-quoted" : "matrix-recognised");
                // The name holds the words the cell shows, so that speech input finds it by them.
                button.setAriaLabel(getTranslation("matrix.recognised-by", region.name(), words, row.title()));
                button.setTooltipText(
                        recognition.quote() == null
                                ? getTranslation("matrix.no-quote")
                                : "“" + recognition.quote() + "”");
                yield button;
            }
        };
    }

    private static Span marker(String kind, RegionChoice region, String words) {
        Span hidden = new Span(region.name() + ": ");
        hidden.addClassName("visually-hidden");
        Span marker = new Span(shape(kind), hidden, new Span(words));
        marker.addClassNames("matrix-cell", "matrix-" + kind);
        return marker;
    }

    /** The cell's shape, drawn by the style sheet; its words say the same to a screen reader. */
    private static Span shape(String kind) {
        Span shape = new Span();
        shape.addClassNames("matrix-shape", "matrix-shape-" + kind);
        shape.getElement().setAttribute("aria-hidden", "true");
        return shape;
    }

    private Span legendItem(String kind, String key) {
        Span item = new Span(shape(kind), new Span(getTranslation(key)));
        item.addClassName("matrix-legend-item");
        return item;
    }

    private void showRecognition(RecognitionMatrix.Row row, Recognition recognition) {
        Dialog dialog = new Dialog();
        dialog.setId("recognition-quote-dialog");
        dialog.setHeaderTitle(recognition.regionName() + " · " + row.title());
        dialog.add(new Paragraph(
                recognition.quote() == null ? getTranslation("matrix.no-quote") : "“" + recognition.quote() + "”"));
        dialog.add(new Paragraph(getTranslation(
                "recognition.by",
                recognition.regionName(),
                recognition.recognisedBy(),
                DutchFormats.date(recognition.recognisedAt()))));
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matrix.title");
    }
}
