package nl.geboortezorg.werkplaats.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void markdown_is_rendered_inside_one_root() {
        assertThat(SafeMarkdown.toHtml("**Besluit**: we starten in *maart*."))
                .isEqualTo("<div><p><strong>Besluit</strong>: we starten in <em>maart</em>.</p>\n</div>");
    }

    @Test
    void script_and_html_are_shown_as_text_never_passed_on() {
        String html = SafeMarkdown.toHtml("<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img");
    }

    @Test
    void unsafe_links_lose_their_target() {
        String html = SafeMarkdown.toHtml("[klik](javascript:alert(1)) en [site](https://www.rijksoverheid.nl)");

        assertThat(html).doesNotContain("javascript:").contains("href=\"https://www.rijksoverheid.nl\"");
    }
}
