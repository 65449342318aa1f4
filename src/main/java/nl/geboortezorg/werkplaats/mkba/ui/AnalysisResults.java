package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.Sensitivity;
import nl.geboortezorg.werkplaats.mkba.model.Totals;
import nl.geboortezorg.werkplaats.mkba.model.YearTotal;

/**
 * The results of an analysis as components: the key figures, who pays and who benefits, the
 * charts, the sensitivity and the yearly flows. Shared by the analysis page and the comparison.
 */
final class AnalysisResults {

    private final Component context;
    private final Locale locale;

    AnalysisResults(Component context) {
        this.context = context;
        this.locale = com.vaadin.flow.component.UI.getCurrent() == null
                ? java.util.Locale.of("nl", "NL")
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    private String t(String key, Object... arguments) {
        return context.getTranslation(key, arguments);
    }

    String euros(BigDecimal value) {
        return MkbaFormats.euros(value, locale);
    }

    /** Present value of costs and benefits, net present value, ratio and payback, with a verdict in words. */
    Component keyFigures(Results results, String idPrefix) {
        Totals total = results.total();
        Div figures = new Div(
                figure(idPrefix + "-costs", "mkba.pv-costs", euros(total.presentCosts())),
                figure(idPrefix + "-benefits", "mkba.pv-benefits", euros(total.presentBenefits())),
                figure(idPrefix + "-npv", "mkba.npv", euros(total.netPresentValue())),
                figure(idPrefix + "-ratio", "mkba.bcr", MkbaFormats.ratio(total.benefitCostRatio(), locale)),
                figure(idPrefix + "-payback", "mkba.payback", MkbaFormats.payback(total.payback(), this::t)));
        figures.addClassName("mkba-figures");
        Paragraph verdict = new Paragraph(verdict(results));
        verdict.setId(idPrefix + "-verdict");
        verdict.addClassName("notice");
        return new Div(figures, verdict);
    }

    private Component figure(String id, String labelKey, String value) {
        Span label = new Span(t(labelKey));
        label.addClassName("mkba-figure-label");
        Span number = new Span(value);
        number.addClassName("mkba-figure-value");
        number.setId(id);
        Div figure = new Div(label, number);
        figure.addClassName("mkba-figure");
        return figure;
    }

    /** Win-win, wrong pocket, or plainly the net result, in one sentence. */
    String verdict(Results results) {
        return verdict(results, context::getTranslation);
    }

    static String verdict(Results results, Translator t) {
        if (results.analysis().items().isEmpty()) {
            return t.translate("mkba.verdict-empty");
        }
        if (results.winWin()) {
            return t.translate("mkba.verdict-win-win");
        }
        List<Results.WrongPocket> pockets = results.wrongPockets();
        if (!pockets.isEmpty()) {
            String payers = pockets.stream().map(p -> p.payer().name()).collect(Collectors.joining(", "));
            String gainers = pockets.getFirst().beneficiaries().stream()
                    .map(s -> s.name())
                    .collect(Collectors.joining(", "));
            return t.translate("mkba.verdict-wrong-pocket", payers, gainers);
        }
        return t.translate(results.total().gains() ? "mkba.verdict-gain" : "mkba.verdict-loss");
    }

    /** Who pays, who benefits: per stakeholder and per funding stream, with a word for each outcome. */
    Component whoPays(Results results) {
        Grid<Row> stakeholders = totalsGrid("mkba-who-pays", "mkba.stakeholder");
        stakeholders.setItems(results.stakeholders().stream()
                .map(s -> new Row(
                        s.stakeholder().name() + " ("
                                + t("funding-stream."
                                        + s.stakeholder().fundingStream().name()) + ")",
                        s.totals()))
                .toList());
        Grid<Row> streams = totalsGrid("mkba-streams", "mkba.funding-stream");
        streams.setItems(results.fundingStreams().stream()
                .map(s -> new Row(t("funding-stream." + s.fundingStream().name()), s.totals()))
                .toList());
        return new Div(new H3(t("mkba.who-pays")), stakeholders, new H3(t("mkba.per-stream")), streams);
    }

    record Row(String name, Totals totals) {}

    private Grid<Row> totalsGrid(String id, String nameKey) {
        Grid<Row> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::name).setHeader(t(nameKey)).setFlexGrow(3);
        money(grid, "mkba.pv-costs", r -> r.totals().presentCosts());
        money(grid, "mkba.pv-benefits", r -> r.totals().presentBenefits());
        money(grid, "mkba.npv", r -> r.totals().netPresentValue());
        grid.addColumn(r -> MkbaFormats.ratio(r.totals().benefitCostRatio(), locale))
                .setHeader(t("mkba.bcr"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(r -> MkbaFormats.payback(r.totals().payback(), this::t))
                .setHeader(t("mkba.payback"))
                .setFlexGrow(1);
        grid.addColumn(r -> t(
                        r.totals().gains()
                                ? "mkba.outcome-gains"
                                : r.totals().loses() ? "mkba.outcome-pays" : "mkba.outcome-even"))
                .setHeader(t("mkba.outcome"))
                .setFlexGrow(1);
        return grid;
    }

    private <T> void money(Grid<T> grid, String headerKey, Function<T, BigDecimal> value) {
        grid.addColumn(row -> euros(value.apply(row)))
                .setHeader(t(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
    }

    /** The cumulative net line, costs and benefits per stakeholder, and the tornado. */
    Component charts(Results results, Sensitivity sensitivity) {
        Translator texts = context::getTranslation;
        Div charts = new Div(
                chart("mkba-chart-cumulative", "mkba.chart-cumulative", cumulativeChart(results, texts, locale)),
                chart("mkba-chart-stakeholders", "mkba.chart-stakeholders", stakeholderChart(results, texts, locale)),
                chart("mkba-chart-tornado", "mkba.chart-tornado", tornadoChart(results, sensitivity, texts, locale)));
        charts.addClassName("mkba-charts");
        return charts;
    }

    static String cumulativeChart(Results results, Translator t, Locale locale) {
        return SvgCharts.line(
                t.translate("mkba.chart-cumulative"),
                t.translate("mkba.chart-cumulative-description"),
                results.total().years().stream()
                        .map(y -> new SvgCharts.Point(String.valueOf(y.year()), y.cumulativeDiscountedNet()))
                        .toList(),
                value -> MkbaFormats.euros(value, locale));
    }

    static String stakeholderChart(Results results, Translator t, Locale locale) {
        return SvgCharts.pairs(
                t.translate("mkba.chart-stakeholders"),
                t.translate("mkba.chart-stakeholders-description"),
                results.stakeholders().stream()
                        .map(s -> new SvgCharts.Pair(
                                s.stakeholder().name(),
                                s.totals().presentCosts(),
                                s.totals().presentBenefits()))
                        .toList(),
                t.translate("mkba.pv-costs"),
                t.translate("mkba.pv-benefits"),
                value -> MkbaFormats.euros(value, locale));
    }

    static String tornadoChart(Results results, Sensitivity sensitivity, Translator t, Locale locale) {
        String variation = MkbaFormats.percent(sensitivity.variationPercent(), locale);
        return SvgCharts.tornado(
                t.translate("mkba.chart-tornado"),
                t.translate("mkba.chart-tornado-description", variation),
                results.total().netPresentValue(),
                sensitivity.tornado().stream()
                        .map(b -> new SvgCharts.Swing(b.item().description(), b.lowered(), b.raised()))
                        .toList(),
                t.translate("mkba.tornado-lowered", variation),
                t.translate("mkba.tornado-raised", variation),
                value -> MkbaFormats.euros(value, locale));
    }

    private Component chart(String id, String titleKey, String svg) {
        Div figure = new Div(new H3(t(titleKey)), new SvgPicture(id, svg));
        figure.addClassName("mkba-chart-box");
        return figure;
    }

    /** Results at other discount rates, the tornado as a table, and the break-even of the most uncertain item. */
    Component sensitivity(Sensitivity sensitivity) {
        Grid<Sensitivity.RateResult> rates = new Grid<>();
        rates.setId("mkba-rates");
        rates.setAllRowsVisible(true);
        rates.addThemeVariants(GridVariant.LUMO_COMPACT);
        rates.addColumn(r -> MkbaFormats.percent(r.ratePercent(), locale)).setHeader(t("mkba.discount-rate"));
        money(rates, "mkba.pv-costs", r -> r.totals().presentCosts());
        money(rates, "mkba.pv-benefits", r -> r.totals().presentBenefits());
        money(rates, "mkba.npv", r -> r.totals().netPresentValue());
        rates.addColumn(r -> MkbaFormats.ratio(r.totals().benefitCostRatio(), locale))
                .setHeader(t("mkba.bcr"))
                .setTextAlign(ColumnTextAlign.END);
        rates.addColumn(r -> MkbaFormats.payback(r.totals().payback(), this::t)).setHeader(t("mkba.payback"));
        rates.setItems(sensitivity.rates());

        String variation = MkbaFormats.percent(sensitivity.variationPercent(), locale);
        Grid<Sensitivity.TornadoBar> tornado = new Grid<>();
        tornado.setId("mkba-tornado");
        tornado.setAllRowsVisible(true);
        tornado.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tornado.addColumn(b -> b.item().description()).setHeader(t("mkba.item")).setFlexGrow(3);
        money(tornado, "mkba.npv-lowered", Sensitivity.TornadoBar::lowered);
        tornado.getColumns().getLast().setHeader(t("mkba.npv-lowered", variation));
        money(tornado, "mkba.npv-raised", Sensitivity.TornadoBar::raised);
        tornado.getColumns().getLast().setHeader(t("mkba.npv-raised", variation));
        money(tornado, "mkba.swing", Sensitivity.TornadoBar::swing);
        tornado.setItems(sensitivity.tornado());

        Paragraph breakEven = new Paragraph(sensitivity
                .breakEven()
                .map(b -> t(
                        b.yearly() ? "mkba.break-even-yearly" : "mkba.break-even-total",
                        b.item().description(),
                        MkbaFormats.share(b.factor(), locale),
                        MkbaFormats.cents(b.value(), locale),
                        MkbaFormats.cents(b.estimate(), locale),
                        t("confidence." + b.item().confidence().name()).toLowerCase(locale)))
                .orElse(t("mkba.break-even-none")));
        breakEven.setId("mkba-break-even");
        return new Div(
                new H3(t("mkba.at-other-rates")),
                rates,
                new H3(t("mkba.tornado-title", variation)),
                tornado,
                new H3(t("mkba.break-even")),
                breakEven);
    }

    /** Every year: adjusted costs and benefits, discounted, the net and the cumulative net. */
    Component yearly(Results results) {
        Grid<YearTotal> grid = new Grid<>();
        grid.setId("mkba-yearly");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(YearTotal::year).setHeader(t("mkba.year"));
        money(grid, "mkba.costs", YearTotal::costs);
        money(grid, "mkba.benefits", YearTotal::benefits);
        money(grid, "mkba.discounted-costs", YearTotal::discountedCosts);
        money(grid, "mkba.discounted-benefits", YearTotal::discountedBenefits);
        money(grid, "mkba.discounted-net", YearTotal::discountedNet);
        money(grid, "mkba.cumulative", YearTotal::cumulativeDiscountedNet);
        grid.setItems(results.total().years());
        return new Div(new H3(t("mkba.yearly")), grid);
    }

    /** A line on the inputs: region, years, rate, price level. */
    String inputsLine(AnalysisDetail detail) {
        var h = detail.heading();
        return t(
                "mkba.inputs-line",
                detail.regionName(),
                String.valueOf(h.baseYear()),
                String.valueOf(detail.model().lastYear()),
                MkbaFormats.percent(h.discountRate(), locale),
                String.valueOf(h.priceLevelYear()));
    }
}
