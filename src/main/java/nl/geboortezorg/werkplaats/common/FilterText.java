package nl.geboortezorg.werkplaats.common;

import org.jspecify.annotations.Nullable;

/**
 * The words a list is filtered on. A filter stores nothing, so it refuses nothing either: the
 * field in the form stops at the limit, and text that arrives longer anyway (a crafted request or
 * a shared address) is cut to it rather than turned into an error.
 */
public final class FilterText {

    private FilterText() {}

    /** The text, without surrounding blanks, at most {@code max} characters; null when empty. */
    public static @Nullable String cut(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String words = text.strip();
        if (words.length() <= max) {
            return words;
        }
        int end = Character.isHighSurrogate(words.charAt(max - 1)) ? max - 1 : max;
        return words.substring(0, end);
    }
}
