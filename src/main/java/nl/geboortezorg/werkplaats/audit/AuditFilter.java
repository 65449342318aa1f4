package nl.geboortezorg.werkplaats.audit;

import java.time.LocalDate;

/**
 * What the audit list is narrowed to; every part is optional. Dates are inclusive calendar days
 * in the Dutch time zone.
 */
public record AuditFilter(String entityType, String actor, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
