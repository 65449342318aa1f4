package nl.geboortezorg.werkplaats.bottlenecks;

import nl.geboortezorg.werkplaats.common.FilterText;
import org.jspecify.annotations.Nullable;

/**
 * Which bottlenecks a list shows and in which order. Every criterion is optional; text is searched
 * in title and description. Merged bottlenecks are left out unless asked for.
 */
public record BottleneckFilter(
        @Nullable Long regionId,
        @Nullable BottleneckCategory category,
        @Nullable BottleneckStatus status,
        @Nullable Addressee addressee,
        @Nullable String text,
        BottleneckSort sort,
        boolean descending) {

    public static final int TEXT_MAX = 200;

    public static BottleneckFilter all() {
        return new BottleneckFilter(null, null, null, null, null, BottleneckSort.RAISED_AT, true);
    }

    public BottleneckFilter inRegion(@Nullable Long region) {
        return new BottleneckFilter(region, category, status, addressee, text, sort, descending);
    }

    public BottleneckFilter sortedBy(BottleneckSort order, boolean desc) {
        return new BottleneckFilter(regionId, category, status, addressee, text, order, desc);
    }

    public BottleneckFilter {
        text = FilterText.cut(text, TEXT_MAX);
        sort = sort == null ? BottleneckSort.RAISED_AT : sort;
    }
}
