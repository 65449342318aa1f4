package nl.geboortezorg.werkplaats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
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
    UserDetailsService userDetails;

    /** Each test its own client address, so address throttling in one test never blocks another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String email, String password) {
        return post("/login").param("username", email).param("password", password).with(csrf());
    }

    private static String freshAddress() {
        return "198.51.100." + ADDRESS.getAndIncrement();
    }

    @Test
    void the_right_password_signs_in_with_a_new_session_id() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        MvcResult result = mvc.perform(login(DemoUsers.UTRECHT, DemoUsers.PASSWORD)
                        .session(before).with(from(freshAddress())))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() throws Exception {
        String address = freshAddress();
        MvcResult wrongPassword = mvc.perform(login(DemoUsers.UTRECHT, "fout-fout")
                        .with(from(address)))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        MvcResult unknown = mvc.perform(login("niemand@example.nl", "fout-fout")
                        .with(from(address)))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus());
        assertThat(wrongPassword.getResponse().getHeaderNames()).isEqualTo(unknown.getResponse().getHeaderNames());
    }

    @Test
    void an_account_is_throttled_after_five_failures_even_with_the_right_password() throws Exception {
        String email = createProfessional();
        String temporary = lastTemporaryPassword;
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "fout-" + i).with(from(freshAddress())))
                    .andExpect(redirectedUrl("/login?error"));
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

        MvcResult refused = mvc.perform(login(DemoUsers.UTRECHT, DemoUsers.PASSWORD)
                        .with(from(address)))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
        mvc.perform(login(DemoUsers.UTRECHT, DemoUsers.PASSWORD).with(from(freshAddress())))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
    }

    @Test
    void a_deactivated_account_cannot_sign_in_and_is_told_nothing_more() throws Exception {
        String email = createProfessional();
        String temporary = lastTemporaryPassword;
        SignIn.as(userDetails, DemoUsers.ADMIN);
        var account = users.find(new UserFilter(email, null, true), 0, 1).getFirst();
        users.deactivate(account.id(), account.version());
        SignIn.out();

        mvc.perform(login(email, temporary).with(from(freshAddress())))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void logout_ends_the_session() throws Exception {
        MvcResult login = mvc.perform(login(DemoUsers.UTRECHT, DemoUsers.PASSWORD)
                        .with(from(freshAddress())))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());

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
        mvc.perform(get("/regio/den-haag")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private String lastTemporaryPassword;

    /** A fresh professional of Utrecht with a one-time password, so no demo account gets blocked. */
    private String createProfessional() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        try {
            long utrecht = users.find(new UserFilter(DemoUsers.UTRECHT, null, true), 0, 1).getFirst()
                    .regionIds().iterator().next();
            String email = "login-" + System.nanoTime() + "@example.nl";
            lastTemporaryPassword = users.create(new UserDraft(email, "Test Login", Role.PROFESSIONAL,
                    Set.of(utrecht), null)).temporaryPassword();
            return email;
        } finally {
            SignIn.out();
        }
    }
}
