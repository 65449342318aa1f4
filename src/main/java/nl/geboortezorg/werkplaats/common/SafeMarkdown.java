package nl.geboortezorg.werkplaats.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML that is safe to show: raw HTML in the text is escaped, never passed on, and
 * links with schemes other than http, https and mailto are dropped.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {}

    /** The text as HTML inside one {@code div}, ready for a component that needs a single root. */
    public static String toHtml(String markdown) {
        return "<div>" + RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)) + "</div>";
    }
}
