package nl.geboortezorg.werkplaats.common;

/** Small helpers for the text people type. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but white space was typed. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
