package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.Set;
import nl.geboortezorg.werkplaats.common.FilterText;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * Which bottlenecks a list shows and in which order. Every criterion is optional; text is searched
 * in title and description; a bottleneck matches the organisation types when it involves any of
 * them (none chosen: every bottleneck). Merged bottlenecks are left out unless asked for.
 */
public record BottleneckFilter(
        @Nullable Long regionId,
        @Nullable BottleneckCategory category,
        @Nullable BottleneckStatus status,
        @Nullable Addressee addressee,
        Set<OrganisationType> organisationTypes,
        @Nullable String text,
        BottleneckSort sort,
        boolean descending) {

    public static final int TEXT_MAX = 200;

    /** The criteria without organisation types, as most lists choose them. */
    public BottleneckFilter(
            @Nullable Long regionId,
            @Nullable BottleneckCategory category,
            @Nullable BottleneckStatus status,
            @Nullable Addressee addressee,
            @Nullable String text,
            BottleneckSort sort,
            boolean descending) {
        this(regionId, category, status, addressee, Set.of(), text, sort, descending);
    }

    public static BottleneckFilter all() {
        return new BottleneckFilter(null, null, null, null, null, BottleneckSort.RAISED_AT, true);
    }

    public BottleneckFilter inRegion(@Nullable Long region) {
        return new BottleneckFilter(region, category, status, addressee, organisationTypes, text, sort, descending);
    }

    public BottleneckFilter sortedBy(BottleneckSort order, boolean desc) {
        return new BottleneckFilter(regionId, category, status, addressee, organisationTypes, text, order, desc);
    }

    public BottleneckFilter involving(Set<OrganisationType> types) {
        return new BottleneckFilter(regionId, category, status, addressee, types, text, sort, descending);
    }

    public BottleneckFilter {
        organisationTypes = organisationTypes == null ? Set.of() : Set.copyOf(organisationTypes);
        text = FilterText.cut(text, TEXT_MAX);
        sort = sort == null ? BottleneckSort.RAISED_AT : sort;
    }
}
