package nl.geboortezorg.werkplaats.audit;

import org.jspecify.annotations.Nullable;

/** The old and the new value of one field, as an update records it in the audit trail. */
public record FieldChange(@Nullable Object from, @Nullable Object to) {}
