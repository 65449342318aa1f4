package nl.geboortezorg.werkplaats.audit;

import java.time.Instant;
import java.time.LocalDate;
import nl.geboortezorg.werkplaats.common.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * What the audit list is narrowed to; every part is optional. Dates are inclusive calendar days
 * in the Dutch time zone.
 */
public record AuditFilter(
        @Nullable String entityType,
        @Nullable String actor,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }

    /** The first moment of the period, or null when it has no start. */
    public @Nullable Instant start() {
        return from == null ? null : from.atStartOfDay(DutchTime.ZONE).toInstant();
    }

    /** The first moment after the period, or null when it has no end. */
    public @Nullable Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }
}
