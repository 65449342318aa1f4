package nl.geboortezorg.werkplaats.sessions;

/** A proposed correction to the minutes waits for the facilitator, who accepts or rejects it. */
public enum CorrectionStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
