package nl.geboortezorg.werkplaats.documents;

import nl.geboortezorg.werkplaats.common.FilterText;
import org.jspecify.annotations.Nullable;

/** Which documents a list shows: optionally one region's, and those whose title or description contains the words. */
public record DocumentFilter(
        @Nullable Long regionId, @Nullable String text) {

    public static final int TEXT_MAX = 200;

    public DocumentFilter {
        text = FilterText.cut(text, TEXT_MAX);
    }

    public static DocumentFilter all() {
        return new DocumentFilter(null, null);
    }

    public DocumentFilter inRegion(@Nullable Long region) {
        return new DocumentFilter(region, text);
    }

    public DocumentFilter containing(@Nullable String words) {
        return new DocumentFilter(regionId, words);
    }
}
