package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.common.SafeMarkdown;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.PdfDocument;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSection;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * A factsheet as a tidy one- or two-page A4 PDF: region, version and its date up top, the key
 * figures in a box beside the start, partners by type, then the sections.
 */
final class FactsheetPdf {

    private static final String STYLE = """
            @page { size: A4; margin: 1.6cm 1.8cm; \
            @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
            body { font-size: 9.5pt; line-height: 1.35; }
            h1 { font-size: 16pt; margin-bottom: 0.1em; }
            h2 { font-size: 11pt; margin: 0.9em 0 0.25em; }
            h3 { font-size: 9.5pt; margin: 0.4em 0 0.1em; }
            p { margin: 0 0 0.4em; }
            ul { margin: 0 0 0.4em; padding-left: 1.2em; }
            .meta { color: #444; margin-bottom: 0.8em; }
            .figures { float: right; width: 6.2cm; margin: 0 0 0.6em 0.6cm; border: 1px solid #888; padding: 0.3em 0.5em; }
            .figures h2 { margin-top: 0; border: none; }
            .figure { margin-bottom: 0.3em; }
            .figure .value { font-size: 12pt; font-weight: bold; }
            .section { page-break-inside: avoid; }
            """;

    private FactsheetPdf() {}

    /** A link that renders the version's PDF when followed, in the language of the page. */
    static Anchor anchor(TranslationProvider translations, Component page, Locale locale, FactsheetVersion version) {
        return anchor(translations, page, locale, () -> Optional.of(version));
    }

    /**
     * A link that renders the PDF of the version as it is when the link is followed, or answers
     * "not found" once there is none to give (a factsheet withdrawn while its page was open).
     */
    static Anchor anchor(
            TranslationProvider translations,
            Component page,
            Locale locale,
            Supplier<Optional<FactsheetVersion>> current) {
        Translator texts = Translator.of(translations, locale);
        String language = locale.getLanguage();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> current.get()
                        .map(version -> {
                            byte[] bytes = render(texts, language, version);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    fileName(version),
                                    "application/pdf",
                                    bytes.length);
                        })
                        .orElseGet(() -> DownloadResponse.error(404))),
                page.getTranslation("factsheet.pdf"));
        pdf.setId("factsheet-pdf");
        return pdf;
    }

    static String fileName(FactsheetVersion version) {
        String base = (version.regionCode() + "-" + version.title())
                .toLowerCase()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "factsheet-" + (base.length() > 60 ? base.substring(0, 60) : base) + "-v" + version.number() + ".pdf";
    }

    static byte[] render(Translator texts, String language, FactsheetVersion version) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(esc(version.title())).append("</h1>");
        Instant publishedAt = version.workflow().publishedAt();
        html.append("<p class=\"meta\">")
                .append(esc(texts.translate(
                        "factsheet-pdf.meta",
                        version.regionName(),
                        version.number(),
                        publishedAt == null
                                ? texts.translate("factsheet-pdf.not-published")
                                : DutchFormats.date(publishedAt))))
                .append("</p>");
        if (!version.keyFigures().isEmpty()) {
            html.append("<div class=\"figures\"><h2>")
                    .append(esc(texts.translate("factsheet.key-figures")))
                    .append("</h2>");
            for (KeyFigure figure : version.keyFigures()) {
                html.append("<div class=\"figure\"><div class=\"value\">")
                        .append(esc(figure.dutchValue()))
                        .append(figure.unit() == null ? "" : " " + esc(figure.unit()))
                        .append("</div><div>")
                        .append(esc(figure.label()))
                        .append(figure.year() == null ? "" : " (" + figure.year() + ")")
                        .append("</div></div>");
            }
            html.append("</div>");
        }
        for (FactsheetSection section : FactsheetSection.values()) {
            html.append("<div class=\"section\"><h2>")
                    .append(esc(texts.translate(FactsheetContent.sectionKey(section))))
                    .append("</h2>");
            if (section == FactsheetSection.PARTNERS) {
                for (Map.Entry<OrganisationType, List<Partner>> type :
                        version.partnersByType().entrySet()) {
                    html.append("<h3>")
                            .append(esc(texts.translate(
                                    "organisation-type." + type.getKey().name())))
                            .append("</h3><ul>");
                    type.getValue()
                            .forEach(p ->
                                    html.append("<li>").append(esc(p.name())).append("</li>"));
                    html.append("</ul>");
                }
            } else {
                String text = version.content().text(section);
                html.append(
                        text == null
                                ? "<p>" + esc(texts.translate("factsheet.section-empty")) + "</p>"
                                : SafeMarkdown.toHtml(text));
            }
            html.append("</div>");
        }
        return PdfDocument.render(html.toString(), version.title(), language, STYLE);
    }

    private static String esc(@Nullable String text) {
        return PdfDocument.escape(text);
    }
}
