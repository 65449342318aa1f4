package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.LocalDateTime;
import java.util.Set;

/** A bottleneck as a list shows it; raisedAt is Dutch time. */
public record BottleneckSummary(long id, long regionId, String regionCode, String regionName, String title,
        BottleneckCategory category, BottleneckStatus status, Set<Addressee> addressees, int recognitionCount,
        LocalDateTime raisedAt, boolean onAgenda) {

    public BottleneckSummary {
        addressees = Set.copyOf(addressees);
    }
}
