package nl.geboortezorg.werkplaats.mkba.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.PdfDocument;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.EffectRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.Sensitivity;
import nl.geboortezorg.werkplaats.mkba.model.Totals;
import nl.geboortezorg.werkplaats.mkba.model.YearTotal;

/**
 * The analysis as an A4 report for readers who were not there: assumptions, key figures and
 * verdict, who pays and who benefits, the costs and benefits with their basis, unpriced effects,
 * sensitivity and yearly flows.
 */
final class AnalysisPdf {

    private static final String STYLE = """
            table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; font-size: 9pt; }
            th, td { border-bottom: 1px solid #ccc; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            .meta { color: #444; }
            .verdict { font-weight: bold; }
            .chart { page-break-inside: avoid; margin-bottom: 0.6em; }
            """;

    private AnalysisPdf() {}

    /**
     * Escaped for the page, with the minus sign (U+2212) written as a hyphen: the PDF's built-in
     * fonts have no glyph for it, and a negative amount must never print as something else.
     */
    private static String escape(String text) {
        return PdfDocument.escape(text).replace('\u2212', '-');
    }

    static String fileName(AnalysisDetail detail, String extension) {
        String base = (detail.regionName() + "-" + detail.title())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "mkba-" + (base.length() > 60 ? base.substring(0, 60) : base) + "." + extension;
    }

    static byte[] render(AnalysisDetail detail, Translator t, Locale locale) {
        return PdfDocument.render(html(detail, t, locale), detail.title(), locale.getLanguage(), STYLE);
    }

    /** The report's body as XHTML, every text escaped. */
    static String html(AnalysisDetail detail, Translator t, Locale locale) {
        Results results = detail.results();
        Sensitivity sensitivity = detail.sensitivity();
        Function<BigDecimal, String> euros = value -> MkbaFormats.euros(value, locale);
        StringBuilder html = new StringBuilder();
        var h = detail.heading();
        html.append("<h1>").append(escape(h.title())).append("</h1>");
        html.append("<p class=\"meta\">")
                .append(escape(t.translate(
                        "mkba.inputs-line",
                        detail.regionName(),
                        String.valueOf(h.baseYear()),
                        String.valueOf(detail.model().lastYear()),
                        MkbaFormats.percent(h.discountRate(), locale),
                        String.valueOf(h.priceLevelYear()))))
                .append(" · ")
                .append(escape(t.translate("analysis-state." + detail.state().name())))
                .append(" · ")
                .append(escape(DutchFormats.dateTime(detail.savedAt())))
                .append("</p>");
        if (!h.description().isBlank()) {
            html.append("<p>").append(escape(h.description())).append("</p>");
        }
        html.append("<h2>").append(escape(t.translate("mkba-pdf.results"))).append("</h2>");
        html.append("<p class=\"verdict\">")
                .append(escape(AnalysisResults.verdict(results, t)))
                .append("</p>");
        html.append("<table><tr><th></th>")
                .append(th(t, "mkba.pv-costs"))
                .append(th(t, "mkba.pv-benefits"))
                .append(th(t, "mkba.npv"))
                .append(th(t, "mkba.bcr"))
                .append(th(t, "mkba.payback"))
                .append("</tr>");
        html.append(totalsRow(t.translate("mkba-xlsx.total"), results.total(), t, locale));
        results.stakeholders()
                .forEach(s -> html.append(totalsRow(
                        s.stakeholder().name() + " ("
                                + t.translate("funding-stream."
                                        + s.stakeholder().fundingStream().name()) + ")",
                        s.totals(),
                        t,
                        locale)));
        html.append("</table>");
        html.append("<h3>").append(escape(t.translate("mkba.per-stream"))).append("</h3><table>");
        results.fundingStreams()
                .forEach(s -> html.append(totalsRow(
                        t.translate("funding-stream." + s.fundingStream().name()), s.totals(), t, locale)));
        html.append("</table>");

        html.append(chart(AnalysisResults.cumulativeChart(results, t, locale), t.translate("mkba.chart-cumulative")));
        html.append(
                chart(AnalysisResults.stakeholderChart(results, t, locale), t.translate("mkba.chart-stakeholders")));
        html.append("<h2>")
                .append(escape(t.translate("mkba.items")))
                .append("</h2><table><tr>")
                .append(th(t, "mkba.item"))
                .append(th(t, "mkba.stakeholder"))
                .append(th(t, "mkba.amounts"))
                .append(th(t, "mkba.adjustments"))
                .append(th(t, "mkba.source"))
                .append(th(t, "mkba.present-value"))
                .append("</tr>");
        for (LineItemRow row : detail.items()) {
            var d = row.draft();
            String kind = t.translate(
                    "flow-kind." + Objects.requireNonNull(d.kind(), "stored").name());
            html.append("<tr><td>")
                    .append(escape(kind + ": " + d.description()))
                    .append("</td><td>")
                    .append(escape(detail.stakeholderName(d.stakeholderId())))
                    .append("</td><td>")
                    .append(escape(ItemTexts.amounts(d, t, locale)))
                    .append("</td><td>")
                    .append(escape(ItemTexts.adjustments(d, t, locale)))
                    .append("</td><td>")
                    .append(escape(d.source() + " ("
                            + t.translate("confidence." + d.confidence().name()) + ")"))
                    .append("</td><td class=\"n\">")
                    .append(escape(euros.apply(results.item(row.id()).presentValue())))
                    .append("</td></tr>");
        }
        html.append("</table>");
        if (!detail.effects().isEmpty()) {
            html.append("<h2>").append(escape(t.translate("mkba.effects"))).append("</h2><table>");
            for (EffectRow effect : detail.effects()) {
                html.append("<tr><td>")
                        .append(escape(effect.draft().description()))
                        .append("</td><td>")
                        .append(escape(detail.stakeholderName(effect.draft().stakeholderId())))
                        .append("</td><td>")
                        .append(escape(effect.draft().direction().symbol() + " "
                                + t.translate("effect-direction."
                                        + effect.draft().direction().name())))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append("<h2>")
                .append(escape(t.translate("mkba.sensitivity")))
                .append("</h2><table><tr>")
                .append(th(t, "mkba.discount-rate"))
                .append(th(t, "mkba.pv-costs"))
                .append(th(t, "mkba.pv-benefits"))
                .append(th(t, "mkba.npv"))
                .append(th(t, "mkba.bcr"))
                .append(th(t, "mkba.payback"))
                .append("</tr>");
        sensitivity
                .rates()
                .forEach(r ->
                        html.append(totalsRow(MkbaFormats.percent(r.ratePercent(), locale), r.totals(), t, locale)));
        html.append("</table>");
        String variation = MkbaFormats.percent(sensitivity.variationPercent(), locale);
        html.append("<table><tr>")
                .append(th(t, "mkba.item"))
                .append("<th class=\"n\">")
                .append(escape(t.translate("mkba.npv-lowered", variation)))
                .append("</th><th class=\"n\">")
                .append(escape(t.translate("mkba.npv-raised", variation)))
                .append("</th></tr>");
        sensitivity
                .tornado()
                .forEach(bar -> html.append("<tr><td>")
                        .append(escape(bar.item().description()))
                        .append("</td><td class=\"n\">")
                        .append(escape(euros.apply(bar.lowered())))
                        .append("</td><td class=\"n\">")
                        .append(escape(euros.apply(bar.raised())))
                        .append("</td></tr>"));
        html.append("</table>");
        html.append(chart(
                AnalysisResults.tornadoChart(results, sensitivity, t, locale), t.translate("mkba.chart-tornado")));
        sensitivity
                .breakEven()
                .ifPresent(b -> html.append("<p>")
                        .append(escape(t.translate(
                                b.yearly() ? "mkba.break-even-yearly" : "mkba.break-even-total",
                                b.item().description(),
                                MkbaFormats.share(b.factor(), locale),
                                MkbaFormats.cents(b.value(), locale),
                                MkbaFormats.cents(b.estimate(), locale),
                                t.translate("confidence."
                                                + b.item().confidence().name())
                                        .toLowerCase(locale))))
                        .append("</p>"));

        html.append("<h2>")
                .append(escape(t.translate("mkba.yearly")))
                .append("</h2><table><tr>")
                .append(th(t, "mkba.year"))
                .append(th(t, "mkba.costs"))
                .append(th(t, "mkba.benefits"))
                .append(th(t, "mkba.discounted-net"))
                .append(th(t, "mkba.cumulative"))
                .append("</tr>");
        for (YearTotal year : results.total().years()) {
            html.append("<tr><td>").append(year.year()).append("</td>");
            for (BigDecimal value :
                    List.of(year.costs(), year.benefits(), year.discountedNet(), year.cumulativeDiscountedNet())) {
                html.append("<td class=\"n\">")
                        .append(escape(euros.apply(value)))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        return html.toString();
    }

    private static final Pattern SIZE = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\" style=\"[^\"]*\"");
    /** The width of the page's text in CSS pixels: 16 cm. */
    private static final int PAGE_WIDTH = 605;

    /** A chart at the page's width, the minus sign written as a hyphen as everywhere in the report. */
    private static String chart(String svg, String title) {
        Matcher size = SIZE.matcher(svg);
        String scaled = size.find()
                ? size.replaceFirst("width=\"" + PAGE_WIDTH + "\" height=\""
                        + Integer.parseInt(size.group(2)) * PAGE_WIDTH / Integer.parseInt(size.group(1)) + "\"")
                : svg;
        return "<div class=\"chart\"><h3>" + escape(title) + "</h3>" + scaled.replace('\u2212', '-') + "</div>";
    }

    private static String th(Translator t, String key) {
        return "<th>" + escape(t.translate(key)) + "</th>";
    }

    private static String totalsRow(String label, Totals totals, Translator t, Locale locale) {
        return "<tr><td>" + escape(label) + "</td><td class=\"n\">"
                + escape(MkbaFormats.euros(totals.presentCosts(), locale))
                + "</td><td class=\"n\">" + escape(MkbaFormats.euros(totals.presentBenefits(), locale))
                + "</td><td class=\"n\">" + escape(MkbaFormats.euros(totals.netPresentValue(), locale))
                + "</td><td class=\"n\">" + escape(MkbaFormats.ratio(totals.benefitCostRatio(), locale))
                + "</td><td>" + escape(MkbaFormats.payback(totals.payback(), t::translate))
                + "</td></tr>";
    }
}
