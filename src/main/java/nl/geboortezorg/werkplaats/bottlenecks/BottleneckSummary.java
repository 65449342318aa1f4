package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import java.util.Set;

/** A bottleneck as a list shows it. */
public record BottleneckSummary(
        long id,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        BottleneckCategory category,
        BottleneckStatus status,
        Set<Addressee> addressees,
        int recognitionCount,
        Instant raisedAt,
        boolean onAgenda) {

    public BottleneckSummary {
        addressees = Set.copyOf(addressees);
    }
}
