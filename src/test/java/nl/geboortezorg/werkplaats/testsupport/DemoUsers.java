package nl.geboortezorg.werkplaats.testsupport;

import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo accounts the tests act as (see the demo data loader and README.md). */
public final class DemoUsers {

    public static final String PASSWORD = "werkplaats";
    public static final String ADMIN = "beheerder@werkplaats.demo";
    public static final String FACILITATOR = "facilitator@werkplaats.demo";
    public static final String OBSERVER = "vws@werkplaats.demo";
    /** A professional of Den Haag only. */
    public static final String DEN_HAAG = "denhaag@werkplaats.demo";
    /** A professional of Utrecht only. */
    public static final String UTRECHT = "utrecht@werkplaats.demo";
    /** A professional of both Amsterdam partnerships. */
    public static final String AMSTERDAM = "amsterdam@werkplaats.demo";
    /** A professional of Zuid-Limburg only. */
    public static final String ZUID_LIMBURG = "zuidlimburg@werkplaats.demo";

    private DemoUsers() {}

    /** The database id of a demo account. */
    public static long id(UserDetailsService users, String email) {
        return ((AppUserPrincipal) users.loadUserByUsername(email)).getId();
    }
}
