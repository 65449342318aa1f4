package nl.geboortezorg.werkplaats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logging in through the real filter chain: one generic failure, throttling, a new session, headers. */
@IntegrationTest
class LoginFlowTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    AccountLinkService links;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationContext context;

    /** Each test its own client address, so address throttling in one test never blocks another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String email, String password) {
        return post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf());
    }

    private static String freshAddress() {
        return "198.51.100." + ADDRESS.getAndIncrement();
    }

    @Test
    void the_right_password_signs_in_with_a_new_session_id() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        // The browser sends the cookie of the session it had before signing in (the mock request
        // only counts a session as requested when its id is set).
        MvcResult result = mvc.perform(login(DemoUsers.UTRECHT, DemoUsers.PASSWORD)
                        .session(before)
                        .with(from(freshAddress()))
                        .with(request -> {
                            request.setRequestedSessionId(idBefore);
                            return request;
                        }))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(DemoUsers.UTRECHT).withRoles(Role.PROFESSIONAL.name()))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() throws Exception {
        String address = freshAddress();
        MvcResult wrongPassword = mvc.perform(
                        login(DemoUsers.UTRECHT, "fout-fout").with(from(address)))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();
        MvcResult unknown = mvc.perform(login("niemand@example.nl", "fout-fout").with(from(address)))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();

        assertThat(wrongPassword.getResponse().getStatus())
                .isEqualTo(unknown.getResponse().getStatus());
        assertThat(wrongPassword.getResponse().getHeaderNames())
                .isEqualTo(unknown.getResponse().getHeaderNames());
        assertThat(wrongPassword.getResponse().getContentAsString())
                .isEqualTo(unknown.getResponse().getContentAsString());
        // What the login page reads to choose its message is the same too.
        Object wrongPasswordFailure = failureOf(wrongPassword);
        Object unknownFailure = failureOf(unknown);
        assertThat(wrongPasswordFailure).isNotNull().hasSameClassAs(unknownFailure);
        assertThat(((Exception) wrongPasswordFailure).getMessage())
                .isEqualTo(((Exception) unknownFailure).getMessage());
    }

    @Test
    void an_account_is_throttled_after_five_failures_even_with_the_right_password() throws Exception {
        String email = createProfessional();
        String temporary = lastTemporaryPassword;
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "fout-" + i).with(from(freshAddress()))).andExpect(redirectedUrl("/login?error"));
        }

        MvcResult refused = mvc.perform(login(email, temporary).with(from(freshAddress())))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void an_address_is_throttled_after_twenty_failures_across_accounts() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("gok-" + i + "@example.nl", "fout").with(from(address)))
                    .andExpect(redirectedUrl("/login?error"));
        }

        MvcResult refused = mvc.perform(
                        login(DemoUsers.UTRECHT, DemoUsers.PASSWORD).with(from(address)))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
        mvc.perform(login(DemoUsers.UTRECHT, DemoUsers.PASSWORD).with(from(freshAddress())))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
    }

    @Test
    void a_deactivated_account_cannot_sign_in_and_is_told_nothing_more() throws Exception {
        String email = createProfessional();
        String temporary = lastTemporaryPassword;
        SignIn.as(userDetails, DemoUsers.ADMIN);
        var account = users.find(new UserFilter(email, null, true), 0, 1).getFirst();
        users.deactivate(account.id(), account.version());
        SignIn.out();

        MvcResult refused = mvc.perform(login(email, temporary).with(from(freshAddress())))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();

        assertThat(failureOf(refused)).isNotInstanceOf(LoginThrottledException.class);
    }

    @Test
    void logout_ends_the_session() throws Exception {
        MvcResult login = mvc.perform(
                        login(DemoUsers.UTRECHT, DemoUsers.PASSWORD).with(from(freshAddress())))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_login_answer_carries_the_security_headers_and_hsts_only_over_https() throws Exception {
        // The login form posts to /login and is answered by the filter chain itself. (Showing the
        // page is the Vaadin servlet's job, which MockMvc does not host; the headers come from the
        // same filter chain in front of it.)
        mvc.perform(login("niemand@example.nl", "fout").with(from(freshAddress())))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(login("niemand@example.nl", "fout")
                        .with(from(freshAddress()))
                        .secure(true))
                .andExpect(header().string("Strict-Transport-Security", startsWith("max-age=31536000")));
    }

    @Test
    void a_deactivated_user_is_signed_out_at_their_next_request() throws Exception {
        String email = createProfessional();
        MockHttpSession session = (MockHttpSession)
                mvc.perform(login(email, lastTemporaryPassword).with(from(freshAddress())))
                        .andExpect(authenticated().withUsername(email))
                        .andReturn()
                        .getRequest()
                        .getSession();
        // Any path through the filter chain will do; health is one MockMvc can serve.
        mvc.perform(get("/actuator/health").session(session))
                .andExpect(status().isOk())
                .andExpect(authenticated().withUsername(email));

        SignIn.as(userDetails, DemoUsers.ADMIN);
        try {
            UserAccount account =
                    users.find(new UserFilter(email, null, true), 0, 1).getFirst();
            users.deactivate(account.id(), account.version());
        } finally {
            SignIn.out();
        }

        mvc.perform(get("/actuator/health").session(session))
                .andExpect(redirectedUrl("/login"))
                .andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        // Any path through the filter chain; the Vaadin servlet itself is not part of MockMvc.
        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Content-Security-Policy", "frame-ancestors 'none'"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void anonymous_visitors_are_sent_to_login_but_health_answers() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/regio/den-haag")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void without_a_configured_provider_there_is_no_sign_in_through_an_organisation() throws Exception {
        // no provider to be sent to: the address is one more page that needs a sign-in
        mvc.perform(get("/oauth2/authorization/organisation")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/oauth2/code/organisation").param("code", "x").param("state", "y"))
                .andExpect(redirectedUrl("/login"));
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(OrganisationLogin.class)).isEmpty();
    }

    private static Object failureOf(MvcResult result) {
        return result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private String lastTemporaryPassword;

    /** A fresh professional of Utrecht with a password of their own, so no demo account gets blocked. */
    private String createProfessional() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        try {
            long utrecht = users.find(new UserFilter(DemoUsers.UTRECHT, null, true), 0, 1)
                    .getFirst()
                    .regionIds()
                    .iterator()
                    .next();
            String email = "login-" + System.nanoTime() + "@example.nl";
            lastTemporaryPassword = "wachtwoord-" + System.nanoTime();
            Accounts.withPassword(
                    users,
                    links,
                    new UserDraft(email, "Test Login", Role.PROFESSIONAL, Set.of(utrecht), null),
                    lastTemporaryPassword);
            return email;
        } finally {
            SignIn.out();
        }
    }
}
