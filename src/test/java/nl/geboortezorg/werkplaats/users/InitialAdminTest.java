package nl.geboortezorg.werkplaats.users;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.users.internal.UserRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** A real deployment starts with one configured admin, who must choose a password at first login. */
@IntegrationTest
@Transactional
class InitialAdminTest {

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DSLContext dsl;

    private InitialAdmin initialAdmin(String email) {
        return new InitialAdmin(repository, passwordEncoder, audit, email, "eenmalig-wachtwoord");
    }

    @Test
    void without_an_active_admin_the_configured_one_is_created_with_a_one_time_password() {
        dsl.update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.ROLE_CODE.eq(Role.ADMIN.name())).execute();

        initialAdmin("Beheer@Example.NL").run(null);

        var admin = dsl.selectFrom(APP_USER).where(APP_USER.EMAIL.eq("beheer@example.nl")).fetchOne();
        assertThat(admin).isNotNull();
        assertThat(admin.getRoleCode()).isEqualTo("ADMIN");
        assertThat(admin.getMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("eenmalig-wachtwoord", admin.getPasswordHash())).isTrue();
    }

    @Test
    void with_an_active_admin_nothing_is_created() {
        initialAdmin("tweede-beheerder@example.nl").run(null);

        assertThat(repository.emailTaken("tweede-beheerder@example.nl")).isFalse();
    }
}
