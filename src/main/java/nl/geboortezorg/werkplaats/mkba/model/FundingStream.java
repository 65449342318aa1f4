package nl.geboortezorg.werkplaats.mkba.model;

/** Where a stakeholder's money comes from or goes to. */
public enum FundingStream {
    /** Health insurance (Zorgverzekeringswet). */
    ZVW,
    /** Social support (Wet maatschappelijke ondersteuning). */
    WMO,
    /** Youth Act (Jeugdwet). */
    YOUTH_ACT,
    HOSPITAL_BUDGET,
    MUNICIPAL_BUDGET,
    /** Families and other private parties. */
    PRIVATE,
    OTHER
}
