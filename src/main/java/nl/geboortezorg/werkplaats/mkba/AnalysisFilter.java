package nl.geboortezorg.werkplaats.mkba;

import nl.geboortezorg.werkplaats.common.FilterText;
import org.jspecify.annotations.Nullable;

/** Which analyses a list shows: of one region or all, and containing a text in the title. */
public record AnalysisFilter(
        @Nullable Long regionId, @Nullable String text) {

    public static final int TEXT_MAX = 200;

    public AnalysisFilter {
        text = FilterText.cut(text, TEXT_MAX);
    }

    public static AnalysisFilter all() {
        return new AnalysisFilter(null, null);
    }

    public AnalysisFilter containing(@Nullable String words) {
        return new AnalysisFilter(regionId, words);
    }
}
