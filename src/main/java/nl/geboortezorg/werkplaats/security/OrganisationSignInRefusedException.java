package nl.geboortezorg.werkplaats.security;

import java.io.Serial;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The organisation vouched for someone, but not with a verified e-mail address of an active
 * account here. One refusal for every reason, so the login page reveals no account.
 */
public class OrganisationSignInRefusedException extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    public OrganisationSignInRefusedException(String reason) {
        super(new OAuth2Error("access_denied", reason, null));
    }
}
