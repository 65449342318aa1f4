package nl.geboortezorg.werkplaats.mkba.model;

/** Whether a line item is a cost its stakeholder pays or a benefit it receives. */
public enum FlowKind {
    COST,
    BENEFIT;

    /** The sign of this kind's contribution to the net present value. */
    int sign() {
        return this == BENEFIT ? 1 : -1;
    }
}
