package nl.geboortezorg.werkplaats.common.ui;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.geboortezorg.werkplaats.common.Texts;
import org.jspecify.annotations.Nullable;

/**
 * An A4 PDF from an XHTML body the caller built safely (every user text escaped or sanitised). It
 * never fetches anything: text people typed may name images or style sheets on the internet.
 */
public final class PdfDocument {

    private static final String STYLE = """
            @page { size: A4; margin: 2cm; }
            body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; }
            h1 { font-size: 18pt; margin: 0 0 0.3em; }
            h2 { font-size: 13pt; margin: 1.2em 0 0.3em; border-bottom: 1px solid #999; }
            h3 { font-size: 11.5pt; margin: 1em 0 0.2em; }
            pre, code { font-family: monospace; font-size: 9.5pt; }
            pre { white-space: pre-wrap; }
            """;

    private PdfDocument() {}

    public static byte[] render(String bodyHtml, String title, String language) {
        return render(bodyHtml, title, language, "");
    }

    /** With style rules of the document's own on top of the common ones. */
    public static byte[] render(String bodyHtml, String title, String language, String style) {
        String html = "<!DOCTYPE html><html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\"/><title>"
                + escape(title) + "</title><style>" + STYLE + style + "</style></head><body>" + bodyHtml
                + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Inline SVG (charts drawn by the server) without scripts and without loading anything.
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text made safe to put between tags or in an attribute. */
    public static String escape(@Nullable String text) {
        return Texts.escapeMarkup(text);
    }
}
