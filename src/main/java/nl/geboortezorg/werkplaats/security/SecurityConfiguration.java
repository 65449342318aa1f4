package nl.geboortezorg.werkplaats.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The one security filter chain: Vaadin's view access checks, form login throttled against
 * guessing, signing in with one's own organisation when a provider is configured, one registry of
 * sessions so a deactivated user can be signed out everywhere, and the
 * security headers that Vaadin tolerates.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * An adaptive hash (bcrypt) behind an algorithm prefix, as Spring Security's default, with the
     * cost configurable. Every hash carries its own cost, so changing it never locks anyone out.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${wsg.security.password-hash-cost:10}") int cost) {
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
        // Hashes without a prefix or with another algorithm of the default set still verify.
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            ObjectProvider<OrganisationLogin> organisation) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ThrottlingAuthenticationProvider(passwords, throttle));
        organisation.ifAvailable(login -> providers.add(login.authenticationProvider()));
        // No parent manager: a throttled attempt must not fall through to an unthrottled check.
        return new ProviderManager(providers);
    }

    /** Signing in with one's own organisation, only when its provider is configured. */
    @Bean
    @Conditional(OrganisationLogin.Configured.class)
    OrganisationLogin organisationLogin(
            @Value("${" + OrganisationSignIn.ISSUER + "}") String issuer,
            @Value("${" + OrganisationSignIn.CLIENT_ID + ":}") String clientId,
            @Value("${" + OrganisationSignIn.CLIENT_SECRET + ":}") String clientSecret,
            UserDetailsService users) {
        return new OrganisationLogin(issuer.strip(), clientId.strip(), clientSecret, users);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SessionRegistry sessionRegistry,
            ObjectProvider<OrganisationLogin> organisation)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // The calendar feed (/agenda/<token>.ics) answers without sign-in: its secret address is the credential.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/styles/**", "/agenda/*")
                .permitAll()
                // The servlet's own error page (static/error), which shows no details, for everyone.
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/error")
                .permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/" + LoginView.ROUTE));
        http.headers(headers -> {
            // Written before Vaadin streams a page, so that its own pages get them too.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentTypeOptions(options -> {})
                    .frameOptions(frames -> frames.deny())
                    .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .httpStrictTransportSecurity(
                            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
        OrganisationLogin organisationLogin = organisation.getIfAvailable();
        if (organisationLogin != null) {
            organisationLogin.configure(http);
        }
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/" + LoginView.ROUTE + "?logout")
                        // An address without a route reaches Vaadin's router, which shows the
                        // not-found page in the frame; Vaadin's default refuses it with an empty 403.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
