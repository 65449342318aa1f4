package nl.geboortezorg.werkplaats.mail;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The content of a message, built once and written twice: as plain text and as simple HTML that
 * mail programs show alike (no scripts, no external images, inline styles only). Every text is
 * escaped; links are absolute addresses.
 */
public final class MailBody {

    private sealed interface Part permits Paragraph, Link, Item {}

    private record Paragraph(String text) implements Part {}

    private record Link(String label, String url) implements Part {}

    private record Item(String text, String url) implements Part {}

    private final List<Part> parts = new ArrayList<>();
    private final List<String> footer = new ArrayList<>();

    public MailBody paragraph(String text) {
        parts.add(new Paragraph(text));
        return this;
    }

    /** A call to action: a button in HTML, the label and the address on their own lines in text. */
    public MailBody link(String label, String url) {
        parts.add(new Link(label, url));
        return this;
    }

    /** One line of a list, with the address it leads to. */
    public MailBody item(String text, String url) {
        parts.add(new Item(text, url));
        return this;
    }

    /** Small print under a line: why the recipient gets this, and how to stop it. */
    public MailBody footer(String text) {
        footer.add(text);
        return this;
    }

    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Paragraph paragraph -> text.append(paragraph.text()).append("\n\n");
                case Link link ->
                    text.append(link.label()).append(":\n").append(link.url()).append("\n\n");
                case Item item ->
                    text.append("- ")
                            .append(item.text())
                            .append("\n  ")
                            .append(item.url())
                            .append('\n');
            }
        }
        if (!footer.isEmpty()) {
            if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
                text.append('\n');
            }
            text.append("-- \n");
            footer.forEach(line -> text.append(line).append('\n'));
        }
        return text.toString().stripTrailing() + "\n";
    }

    public String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1f2937;\">");
        boolean inList = false;
        for (Part part : parts) {
            if (part instanceof Item && !inList) {
                html.append("<ul style=\"padding-left:20px;\">");
                inList = true;
            } else if (!(part instanceof Item) && inList) {
                html.append("</ul>");
                inList = false;
            }
            switch (part) {
                case Paragraph paragraph ->
                    html.append("<p>")
                            .append(escape(paragraph.text()).replace("\n", "<br>"))
                            .append("</p>");
                case Link link ->
                    html.append("<p><a href=\"")
                            .append(escape(link.url()))
                            .append("\" style=\"display:inline-block;padding:10px 16px;background:#0b5cad;")
                            .append("color:#ffffff;text-decoration:none;border-radius:4px;\">")
                            .append(escape(link.label()))
                            .append("</a></p><p style=\"font-size:13px;color:#4b5563;\">")
                            .append(escape(link.url()))
                            .append("</p>");
                case Item item ->
                    html.append("<li><a href=\"")
                            .append(escape(item.url()))
                            .append("\">")
                            .append(escape(item.text()))
                            .append("</a></li>");
            }
        }
        if (inList) {
            html.append("</ul>");
        }
        if (!footer.isEmpty()) {
            html.append("<hr style=\"border:none;border-top:1px solid #d1d5db;\">");
            footer.forEach(line -> html.append("<p style=\"font-size:13px;color:#4b5563;\">")
                    .append(escape(line))
                    .append("</p>"));
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
