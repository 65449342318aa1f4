package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;

/**
 * Links that render an analysis, as the page shows it and in the page's language, when followed:
 * the PDF report and the .xlsx workbook.
 */
final class AnalysisDownloads {

    private AnalysisDownloads() {}

    static Anchor pdf(TranslationProvider translations, Component page, Locale locale, AnalysisDetail detail) {
        return anchor(
                translations,
                page,
                locale,
                detail,
                "mkba-pdf",
                "mkba.download-pdf",
                "pdf",
                "application/pdf",
                (shown, texts) -> AnalysisPdf.render(shown, texts, locale));
    }

    static Anchor xlsx(TranslationProvider translations, Component page, Locale locale, AnalysisDetail detail) {
        return anchor(
                translations,
                page,
                locale,
                detail,
                "mkba-xlsx",
                "mkba.download-xlsx",
                "xlsx",
                AnalysisWorkbook.CONTENT_TYPE,
                AnalysisWorkbook::write);
    }

    private static Anchor anchor(
            TranslationProvider translations,
            Component page,
            Locale locale,
            AnalysisDetail detail,
            String id,
            String labelKey,
            String extension,
            String contentType,
            BiFunction<AnalysisDetail, Translator, byte[]> render) {
        Translator texts = Translator.of(translations, locale);
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = render.apply(detail, texts);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            AnalysisPdf.fileName(detail, extension),
                            contentType,
                            bytes.length);
                }),
                page.getTranslation(labelKey));
        anchor.setId(id);
        return anchor;
    }
}
