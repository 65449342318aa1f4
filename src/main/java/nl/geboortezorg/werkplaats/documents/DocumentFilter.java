package nl.geboortezorg.werkplaats.documents;

import nl.geboortezorg.werkplaats.common.FilterText;

/** Which documents a list shows: optionally one region's, and those whose title or description contains the words. */
public record DocumentFilter(Long regionId, String text) {

    public static final int TEXT_MAX = 200;

    public DocumentFilter {
        text = FilterText.cut(text, TEXT_MAX);
    }

    public static DocumentFilter all() {
        return new DocumentFilter(null, null);
    }

    public DocumentFilter inRegion(Long region) {
        return new DocumentFilter(region, text);
    }

    public DocumentFilter containing(String words) {
        return new DocumentFilter(regionId, words);
    }
}
