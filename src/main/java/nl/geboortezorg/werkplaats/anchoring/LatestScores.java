package nl.geboortezorg.werkplaats.anchoring;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A region's latest assessment with the one of the quarter before it, if that quarter was
 * assessed: what the workspace shows as the region's current scores and their trend.
 */
public record LatestScores(Assessment latest, @Nullable Assessment previous) {

    /** How much the dimension's score rose (positive) or fell since the quarter before; empty when either is missing. */
    public Optional<Integer> change(Dimension dimension) {
        if (previous == null) {
            return Optional.empty();
        }
        Optional<Score> before = previous.score(dimension);
        return latest.score(dimension).flatMap(now -> before.map(then -> now.score() - then.score()));
    }
}
