package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a facilitator sets when promoting a bottleneck to the national agenda, or changes later:
 * the addressees, the proposed solution, the next step, the owner on the track's side and the
 * follow-up date.
 */
public record AgendaDraft(
        Set<Addressee> addressees,
        @Nullable String proposedSolution,
        String nextStep,
        @Nullable Long trackOwnerId,
        LocalDate followUpDate) {

    public static final int PROPOSED_SOLUTION_MAX = 5_000;
    public static final int NEXT_STEP_MAX = 1_000;

    public AgendaDraft {
        addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
    }
}
