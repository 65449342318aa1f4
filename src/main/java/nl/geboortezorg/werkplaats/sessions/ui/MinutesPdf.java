package nl.geboortezorg.werkplaats.sessions.ui;

import nl.geboortezorg.werkplaats.common.SafeMarkdown;
import nl.geboortezorg.werkplaats.common.ui.PdfDocument;

/** The minutes' Markdown laid out as an A4 PDF, through the same safe HTML the screen shows. */
final class MinutesPdf {

    private MinutesPdf() {}

    static byte[] render(String markdown, String title, String language) {
        return PdfDocument.render(SafeMarkdown.toHtml(markdown), title, language);
    }
}
