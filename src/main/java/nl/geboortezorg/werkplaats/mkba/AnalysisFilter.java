package nl.geboortezorg.werkplaats.mkba;

import nl.geboortezorg.werkplaats.common.FilterText;

/** Which analyses a list shows: of one region or all, and containing a text in the title. */
public record AnalysisFilter(Long regionId, String text) {

    public static final int TEXT_MAX = 200;

    public AnalysisFilter {
        text = FilterText.cut(text, TEXT_MAX);
    }

    public static AnalysisFilter all() {
        return new AnalysisFilter(null, null);
    }

    public AnalysisFilter containing(String words) {
        return new AnalysisFilter(regionId, words);
    }
}
