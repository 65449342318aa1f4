package nl.geboortezorg.werkplaats.bottlenecks;

/** Who outside the track a bottleneck concerns and who can solve it. */
public enum Addressee {
    HEALTH_INSURERS,
    MINISTRY_VWS,
    MUNICIPALITIES,
    BRANCH_ORGANISATIONS,
    PROFESSIONAL_GROUPS,
    EXPERTS_BY_EXPERIENCE
}
