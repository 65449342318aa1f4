package nl.geboortezorg.werkplaats.database.jooq;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.impl.AbstractConverter;
import org.jspecify.annotations.Nullable;

/**
 * Every datetime column holds a moment in UTC; the code only ever sees it as an {@link Instant}.
 * Applied to all datetime columns by the code generator (see the forced types in pom.xml), so no
 * repository converts times by hand. Dutch wall-clock time exists only where people read or type it.
 */
public final class InstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    public InstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    @Override
    public @Nullable Instant from(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    public @Nullable LocalDateTime to(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
