package nl.geboortezorg.werkplaats.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The organisation's provider, read from its discovery document the first time someone signs in
 * through it rather than at start: a provider that is down must not keep the platform (and the
 * password sign-in) from starting. Until the provider has answered once, every attempt asks it
 * again; after that its endpoints are kept.
 */
final class LazyOrganisationRegistration implements ClientRegistrationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(LazyOrganisationRegistration.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private volatile @Nullable ClientRegistration registration;

    LazyOrganisationRegistration(String issuer, String clientId, String clientSecret) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Nothing for another id, or while the provider cannot be reached (the sign-in then fails). */
    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!OrganisationSignIn.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                registration = discover();
            }
            return registration;
        }
    }

    private @Nullable ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(OrganisationSignIn.REGISTRATION_ID)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .scope("openid", "email", "profile")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
        } catch (RuntimeException unreachable) {
            LOG.warn("The organisation's sign-in provider at {} did not answer: {}", issuer, unreachable.toString());
            return null;
        }
    }
}
