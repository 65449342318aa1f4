package nl.geboortezorg.werkplaats.security;

import nl.geboortezorg.werkplaats.security.ui.LoginView;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Spring Security's OpenID Connect login for the organisation's provider, with the platform's own
 * login page, account matching ({@link OrganisationAccounts}) and provider found lazily
 * ({@link LazyOrganisationRegistration}). Exists only when {@code wsg.oidc.issuer} is set.
 */
final class OrganisationLogin {

    private static final String FAILED = "/" + LoginView.ROUTE + "?error";

    private final LazyOrganisationRegistration provider;
    private final OrganisationAccounts accounts;

    OrganisationLogin(String issuer, String clientId, String clientSecret, UserDetailsService users) {
        if (clientId.isBlank()) {
            throw new IllegalStateException(
                    OrganisationSignIn.ISSUER + " is set, but " + OrganisationSignIn.CLIENT_ID + " is not");
        }
        this.provider = new LazyOrganisationRegistration(issuer, clientId, clientSecret);
        this.accounts = new OrganisationAccounts(users);
    }

    /**
     * Spring Security's own check of the answer (code for tokens, ID token validation), then the
     * account matching; it belongs in the one authentication manager beside the passwords.
     */
    AuthenticationProvider authenticationProvider() {
        return new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), accounts);
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/" + LoginView.ROUTE)
                .failureUrl(FAILED)
                .clientRegistrationRepository(provider)
                // The provider's tokens are needed for nothing after sign-in; they end with the session.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                // A provider that cannot be reached leads back to the login page with a message,
                // not to an error page.
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(FAILED));
                        return filter;
                    }
                }));
    }

    /** Whether a provider is configured: the issuer is set (and not blank). */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return OrganisationSignIn.configured(context.getEnvironment());
        }
    }
}
