package nl.geboortezorg.werkplaats.common;

import org.jspecify.annotations.Nullable;

/** Small helpers for the text people type. */
public final class Texts {

    private Texts() {}

    /** Trimmed text, or null when nothing but white space was typed. */
    public static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Text made safe between tags or in a double-quoted attribute of HTML, XHTML or SVG. */
    public static String escapeMarkup(@Nullable String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    /** Text to search for with LIKE: the escape character, % and _ stand for themselves. */
    public static String escapeLike(String text, char escape) {
        String e = String.valueOf(escape);
        return text.replace(e, e + e).replace("%", e + "%").replace("_", e + "_");
    }
}
