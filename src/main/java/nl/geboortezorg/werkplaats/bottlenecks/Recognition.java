package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A region's "recognised in our region", with an optional quote from practice. */
public record Recognition(
        long id,
        long bottleneckId,
        long regionId,
        String regionName,
        @Nullable String quote,
        String recognisedBy,
        Instant recognisedAt,
        boolean mayWithdraw) {

    public static final int QUOTE_MAX = 500;
}
