package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.Totals;
import org.jspecify.annotations.Nullable;

/**
 * Two analyses (an analysis and a scenario of it, or two scenarios) side by side: their inputs,
 * key figures, and the results per stakeholder, with the difference.
 */
@Route("mkba/vergelijk")
@PermitAll
class ScenarioCompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "a";

    private final CostBenefitService service;

    @Nullable AnalysisDetail first;

    @Nullable AnalysisDetail second;

    ScenarioCompareView(CostBenefitService service) {
        this.service = service;
        addClassName("mkba-compare-view");
    }

    static QueryParameters parameters(long one, long other) {
        return new QueryParameters(Map.of(PARAMETER, List.of(String.valueOf(one), String.valueOf(other))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Long> ids =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of()).stream()
                        .flatMap(value -> parse(value).stream())
                        .toList();
        List<AnalysisDetail> found = ids.stream()
                .limit(2)
                .map(service::detail)
                .flatMap(Optional::stream)
                .toList();
        if (found.size() < 2) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        first = found.get(0);
        second = found.get(1);
        show();
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    record Line(String label, String one, String other, String difference) {}

    /** The two analyses compared; the page is only built once both are loaded. */
    private AnalysisDetail loadedFirst() {
        return Objects.requireNonNull(first, "read only once loaded");
    }

    private AnalysisDetail loadedSecond() {
        return Objects.requireNonNull(second, "read only once loaded");
    }

    private void show() {
        AnalysisDetail first = loadedFirst();
        AnalysisDetail second = loadedSecond();
        removeAll();
        AnalysisResults results = new AnalysisResults(this);
        Results a = first.results();
        Results b = second.results();
        Paragraph heads = new Paragraph();
        heads.add(
                AnalysisNavigation.analysis(first.id()).anchor(first.title()),
                new com.vaadin.flow.component.Text(" ↔ "),
                AnalysisNavigation.analysis(second.id()).anchor(second.title()));
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(getTranslation("mkba.inputs"), results.inputsLine(first), results.inputsLine(second), ""));
        addMoney(lines, results, "mkba.pv-costs", a.total(), b.total(), Totals::presentCosts);
        addMoney(lines, results, "mkba.pv-benefits", a.total(), b.total(), Totals::presentBenefits);
        addMoney(lines, results, "mkba.npv", a.total(), b.total(), Totals::netPresentValue);
        lines.add(new Line(
                getTranslation("mkba.bcr"),
                MkbaFormats.ratio(a.total().benefitCostRatio(), getLocale()),
                MkbaFormats.ratio(b.total().benefitCostRatio(), getLocale()),
                ""));
        lines.add(new Line(
                getTranslation("mkba.payback"),
                MkbaFormats.payback(a.total().payback(), this::getTranslation),
                MkbaFormats.payback(b.total().payback(), this::getTranslation),
                ""));
        lines.add(new Line(getTranslation("mkba.verdict"), results.verdict(a), results.verdict(b), ""));
        Set<String> names = new LinkedHashSet<>();
        a.stakeholders().forEach(s -> names.add(s.stakeholder().name()));
        b.stakeholders().forEach(s -> names.add(s.stakeholder().name()));
        for (String name : names) {
            BigDecimal one = npvOf(a, name);
            BigDecimal other = npvOf(b, name);
            lines.add(new Line(
                    getTranslation("mkba.npv-of", name),
                    one == null ? "–" : results.euros(one),
                    other == null ? "–" : results.euros(other),
                    one == null || other == null ? "" : results.euros(other.subtract(one))));
        }
        add(
                new H2(getTranslation("mkba.compare-title")),
                heads,
                table(lines),
                new Div(new H3(first.title()), results.charts(a, first.sensitivity())),
                new Div(new H3(second.title()), results.charts(b, second.sensitivity())));
    }

    private void addMoney(
            List<Line> lines,
            AnalysisResults results,
            String key,
            Totals one,
            Totals other,
            Function<Totals, BigDecimal> value) {
        lines.add(new Line(
                getTranslation(key),
                results.euros(value.apply(one)),
                results.euros(value.apply(other)),
                results.euros(value.apply(other).subtract(value.apply(one)))));
    }

    private static @Nullable BigDecimal npvOf(Results results, String name) {
        return results.stakeholders().stream()
                .filter(s -> s.stakeholder().name().equals(name))
                .findFirst()
                .map(s -> s.totals().netPresentValue())
                .orElse(null);
    }

    private Component table(List<Line> lines) {
        AnalysisDetail first = loadedFirst();
        AnalysisDetail second = loadedSecond();
        Grid<Line> grid = new Grid<>();
        grid.setId("mkba-compare");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Line::label).setFlexGrow(2);
        grid.addColumn(Line::one)
                .setHeader(first.title())
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(2);
        grid.addColumn(Line::other)
                .setHeader(second.title())
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(2);
        grid.addColumn(Line::difference)
                .setHeader(getTranslation("mkba.difference"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.setItems(lines);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mkba.compare-title") + " | " + getTranslation("app.name");
    }
}
