package nl.geboortezorg.werkplaats.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * Matches a sign-in through one's organisation to an existing account. Spring Security has already
 * checked the ID token (signature, issuer, audience, expiry, nonce) and {@link OidcUserService}
 * reads the user's claims; then the organisation must vouch for the e-mail address
 * ({@code email_verified} true), and that address must belong to an active account here, found as
 * a password sign-in finds it. Anything else is refused, and no account is ever made: accounts come
 * from an invitation or an admin, as before.
 *
 * <p>An invited account that has not yet chosen a password, and one that must replace a one-time
 * password, get in as well, without choosing a platform password: the organisation has just shown
 * that this person owns the address the account was made for, which is all the invitation link
 * proves, and a platform password they will not use adds nothing. Their account stays as it was
 * (still invited, or still held to a new password for a password sign-in), so the invitation
 * link keeps working and a later password sign-in still asks for a new password;
 * {@link AccessGuard} simply does not hold someone who signed in through their organisation to a
 * password change.
 *
 * <p>Unlike passwords, this sign-in is not throttled: nothing can be guessed here, as the provider
 * authenticates and signs what it vouches for.
 */
final class OrganisationAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationAccounts.class);

    private final OidcUserService claims = new OidcUserService();
    private final UserDetailsService accounts;

    OrganisationAccounts(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = claims.loadUser(request);
        String email = vouched.getEmail();
        if (!Boolean.TRUE.equals(vouched.getEmailVerified()) || !StringUtils.hasText(email)) {
            throw refused("the organisation did not vouch for an e-mail address");
        }
        UserDetails account;
        try {
            account = accounts.loadUserByUsername(email);
        } catch (UsernameNotFoundException unknown) {
            throw refused("no account with the address");
        }
        if (!(account instanceof AppUserPrincipal principal) || !principal.isEnabled()) {
            throw refused("the account is not active");
        }
        return new OrganisationPrincipal(principal, vouched.getIdToken(), vouched.getUserInfo());
    }

    /** Logged without the address: log lines name no one (see application.properties). */
    private static OrganisationSignInRefusedException refused(String reason) {
        LOG.info("Sign-in through the organisation refused: {}", reason);
        return new OrganisationSignInRefusedException(reason);
    }
}
