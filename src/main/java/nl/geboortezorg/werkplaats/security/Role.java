package nl.geboortezorg.werkplaats.security;

/** The four roles of the platform; each user has exactly one. */
public enum Role {
    ADMIN,
    FACILITATOR,
    PROFESSIONAL,
    OBSERVER;

    /** Constants for access annotations, which need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String FACILITATOR = "FACILITATOR";
        public static final String PROFESSIONAL = "PROFESSIONAL";
        public static final String OBSERVER = "OBSERVER";

        private Names() {}
    }
}
