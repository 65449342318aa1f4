package nl.geboortezorg.werkplaats.audit;

/** The old and the new value of one field, as an update records it in the audit trail. */
public record FieldChange(Object from, Object to) {
}
