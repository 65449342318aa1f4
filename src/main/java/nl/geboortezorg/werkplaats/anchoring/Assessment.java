package nl.geboortezorg.werkplaats.anchoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A region's assessment of one quarter: a score per dimension. */
public record Assessment(
        long id, long regionId, Quarter quarter, List<Score> scores, String savedBy, Instant savedAt, int version) {

    public Assessment {
        scores = List.copyOf(scores);
    }

    public Optional<Score> score(Dimension dimension) {
        return scores.stream().filter(s -> s.dimension() == dimension).findFirst();
    }
}
