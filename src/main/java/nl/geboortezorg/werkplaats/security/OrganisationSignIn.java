package nl.geboortezorg.werkplaats.security;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Signing in with one's own organisation through OpenID Connect, offered beside the password only
 * when a provider is configured ({@code wsg.oidc.issuer}). See {@link OrganisationAccounts} for how
 * an account is matched.
 */
public final class OrganisationSignIn {

    /** The registration's id, part of the redirect address to register at the provider. */
    public static final String REGISTRATION_ID = "organisation";

    /** Where the login page sends the browser to start signing in at the provider. */
    public static final String START_PATH = "oauth2/authorization/" + REGISTRATION_ID;

    static final String ISSUER = "wsg.oidc.issuer";
    static final String CLIENT_ID = "wsg.oidc.client-id";
    static final String CLIENT_SECRET = "wsg.oidc.client-secret";

    private OrganisationSignIn() {}

    public static boolean configured(Environment environment) {
        return StringUtils.hasText(environment.getProperty(ISSUER));
    }
}
