package nl.geboortezorg.werkplaats.factsheets;

import nl.geboortezorg.werkplaats.common.FilterText;
import org.jspecify.annotations.Nullable;

/**
 * Which factsheets a list shows: optionally one region's, only those awaiting review, and those
 * whose title or text contains the words.
 */
public record FactsheetFilter(
        @Nullable Long regionId,
        boolean awaitingReview,
        @Nullable String text) {

    public static final int TEXT_MAX = 200;

    public FactsheetFilter {
        text = FilterText.cut(text, TEXT_MAX);
    }

    public static FactsheetFilter all() {
        return new FactsheetFilter(null, false, null);
    }

    public FactsheetFilter inRegion(@Nullable Long region) {
        return new FactsheetFilter(region, awaitingReview, text);
    }

    public FactsheetFilter awaitingReview(boolean awaiting) {
        return new FactsheetFilter(regionId, awaiting, text);
    }

    public FactsheetFilter containing(@Nullable String words) {
        return new FactsheetFilter(regionId, awaitingReview, words);
    }
}
