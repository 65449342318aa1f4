package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import nl.geboortezorg.werkplaats.bottlenecks.RecognitionMatrix;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.regions.RegionChoice;

/**
 * The recognition matrix: every open bottleneck against the seven regions, as a heat map that
 * reads without colour (a symbol and words in every cell). A recognised cell opens the quote
 * behind it, by mouse or keyboard; hovering shows it too. Paged lazily, most regions first.
 */
@Route("herkenningsmatrix")
@Menu(order = 40, title = "matrix.title", icon = "vaadin:grid")
@PermitAll
class RecognitionMatrixView extends Main implements HasDynamicTitle {

    private final BottleneckService bottlenecks;
    final Select<MatrixSort> sort = new Select<>();
    final Grid<RecognitionMatrix.Row> grid = new Grid<>();

    RecognitionMatrixView(BottleneckService bottlenecks) {
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
        Paragraph legend = new Paragraph(getTranslation("matrix.legend"));
        legend.setId("matrix-legend");
        add(
                title,
                new Paragraph(getTranslation("matrix.intro")),
                legend,
                sort,
                grid(bottlenecks.matrix(MatrixSort.MOST_REGIONS, 0, 0).regions()));
        addClassName("grid-view");
        setSizeFull();
    }

    private Grid<RecognitionMatrix.Row> grid(List<RegionChoice> regions) {
        grid.setId("recognition-matrix");
        grid.setAriaLabel(getTranslation("matrix.title"));
        grid.setEmptyStateText(getTranslation("matrix.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(row ->
                        BottleneckNavigation.bottleneck(row.bottleneckId()).anchor(row.title()))
                .setHeader(getTranslation("bottleneck.title"))
                .setWidth("15rem")
                .setFlexGrow(1)
                .setFrozen(true);
        grid.addColumn(RecognitionMatrix.Row::regionCount)
                .setHeader(getTranslation("matrix.region-count"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (RegionChoice region : regions) {
            grid.addComponentColumn(row -> cell(row, region))
                    .setHeader(region.name())
                    .setKey("region-" + region.id())
                    .setWidth("7rem")
                    .setFlexGrow(0);
        }
        grid.setItems(
                query -> bottlenecks.matrix(sort.getValue(), query.getOffset(), query.getLimit()).rows().stream(),
                query -> bottlenecks.countMatrix());
        return grid;
    }

    /** A symbol and a word, so the cell reads without its colour. */
    Component cell(RecognitionMatrix.Row row, RegionChoice region) {
        return switch (row.cell(region.id())) {
            case RAISED -> marker("matrix-raised", "■\u00a0" + getTranslation("matrix.raised"));
            case NOT -> marker("matrix-not", "–\u00a0" + getTranslation("matrix.not"));
            case RECOGNISED -> {
                Recognition recognition = Objects.requireNonNull(
                        row.recognitions().get(region.id()), "a recognised cell has its recognition");
                Button button = new Button(
                        "✓\u00a0" + getTranslation("matrix.recognised"), click -> showRecognition(row, recognition));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                button.addClassNames("matrix-cell", "matrix-recognised");
                button.setAriaLabel(getTranslation("matrix.recognised-by", region.name(), row.title()));
                button.setTooltipText(
                        recognition.quote() == null
                                ? getTranslation("matrix.no-quote")
                                : "“" + recognition.quote() + "”");
                yield button;
            }
        };
    }

    private static Span marker(String className, String text) {
        Span marker = new Span(text);
        marker.addClassNames("matrix-cell", className);
        return marker;
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
