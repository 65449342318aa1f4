package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.Set;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * Which open bottlenecks the recognition matrix shows. Every criterion is optional; a bottleneck
 * matches the organisation types when it involves any of them. A status the matrix never shows
 * (closed, withdrawn) matches nothing.
 */
public record MatrixFilter(
        @Nullable BottleneckCategory category,
        @Nullable BottleneckStatus status,
        Set<OrganisationType> organisationTypes) {

    public static MatrixFilter all() {
        return new MatrixFilter(null, null, Set.of());
    }

    public MatrixFilter {
        organisationTypes = organisationTypes == null ? Set.of() : Set.copyOf(organisationTypes);
    }
}
