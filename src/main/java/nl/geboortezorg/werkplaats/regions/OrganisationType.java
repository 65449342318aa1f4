package nl.geboortezorg.werkplaats.regions;

import java.util.EnumSet;
import java.util.Set;

/** The kind of a partner organisation: a first-class dimension of every partnership. */
public enum OrganisationType {
    HOSPITAL,
    MIDWIFERY,
    YOUTH_HEALTH_CARE,
    MATERNITY_CARE,
    MUNICIPALITY,
    HEALTH_INSURER,
    SOCIAL_DOMAIN,
    OTHER;

    /** The disciplines every partnership in social birth care is expected to bring together. */
    public static final Set<OrganisationType> EXPECTED =
            EnumSet.of(HOSPITAL, MIDWIFERY, YOUTH_HEALTH_CARE, MATERNITY_CARE, MUNICIPALITY);
}
