package nl.geboortezorg.werkplaats.anchoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Every region's scores for one quarter (a region without an assessment that quarter has none),
 * with the national average per dimension over the regions that assessed.
 */
public record NationalOverview(Quarter quarter, List<RegionScores> regions) {

    public NationalOverview {
        regions = List.copyOf(regions);
    }

    /** One region's scores; empty when it did not assess the quarter. */
    public record RegionScores(long regionId, String regionName, Map<Dimension, Integer> scores) {

        public RegionScores {
            scores = Map.copyOf(scores);
        }

        public boolean assessed() {
            return !scores.isEmpty();
        }
    }

    /** The mean score of a dimension over the regions that scored it, to one decimal; empty when none did. */
    public OptionalDouble average(Dimension dimension) {
        List<Integer> scored = regions.stream()
                .map(r -> r.scores().get(dimension))
                .filter(Objects::nonNull)
                .toList();
        if (scored.isEmpty()) {
            return OptionalDouble.empty();
        }
        BigDecimal sum =
                BigDecimal.valueOf(scored.stream().mapToInt(Integer::intValue).sum());
        return OptionalDouble.of(sum.divide(BigDecimal.valueOf(scored.size()), 1, RoundingMode.HALF_UP)
                .doubleValue());
    }

    public long assessedCount() {
        return regions.stream().filter(RegionScores::assessed).count();
    }
}
