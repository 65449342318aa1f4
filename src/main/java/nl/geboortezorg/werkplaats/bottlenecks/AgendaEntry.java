package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One item of the national agenda as the agenda, its briefing and its CSV show it: in priority
 * order, with the regions that raised and recognise it and its last step.
 */
public record AgendaEntry(
        int rank,
        long bottleneckId,
        String title,
        String raisedIn,
        BottleneckStatus status,
        Set<Addressee> addressees,
        List<String> recognisedIn,
        @Nullable TimelineEntry lastStep,
        String proposedSolution,
        String nextStep,
        LocalDate followUpDate,
        String trackOwnerName) {

    public AgendaEntry {
        addressees = Set.copyOf(addressees);
        recognisedIn = List.copyOf(recognisedIn);
    }
}
