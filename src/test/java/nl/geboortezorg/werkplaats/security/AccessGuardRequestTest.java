package nl.geboortezorg.werkplaats.security;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The actor is read once per request: many service calls in one click cost one look-up, and a
 * change to the account (here made behind the services' back) counts from the next request on.
 */
@IntegrationTest
class AccessGuardRequestTest {

    @Autowired
    AccessGuard access;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, true)
                .where(APP_USER.EMAIL.eq(DemoUsers.ZUID_LIMBURG))
                .execute();
        SignIn.out();
    }

    private void deactivateBehindTheServicesBack() {
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.EMAIL.eq(DemoUsers.ZUID_LIMBURG))
                .execute();
    }

    @Test
    void within_one_request_the_actor_is_read_once_and_the_next_request_reads_it_anew() {
        SignIn.as(users, DemoUsers.ZUID_LIMBURG);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Actor first = access.signedIn();

        deactivateBehindTheServicesBack();
        assertThat(access.currentActor()).as("same request").contains(first);
        access.forgetCurrentActor();
        assertThat(access.currentActor()).as("after forgetting").isEmpty();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(access.currentActor()).as("next request").isEmpty();
    }

    @Test
    void outside_a_request_every_check_reads_the_database() {
        SignIn.as(users, DemoUsers.ZUID_LIMBURG);
        assertThat(access.currentActor()).isPresent();
        deactivateBehindTheServicesBack();
        assertThat(access.currentActor()).isEmpty();
    }

    @Test
    void a_request_of_another_user_does_not_see_the_first_ones_actor() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        SignIn.as(users, DemoUsers.ZUID_LIMBURG);
        long first = access.signedIn().id();
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThat(access.signedIn().id()).isNotEqualTo(first);
        assertThat(access.signedIn().email()).isEqualTo(DemoUsers.UTRECHT);
    }
}
