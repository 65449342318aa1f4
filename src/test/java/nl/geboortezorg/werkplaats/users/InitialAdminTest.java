package nl.geboortezorg.werkplaats.users;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.users.internal.UserRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** A real deployment starts with one configured admin, who must choose a password at first login. */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
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
    void without_an_active_admin_the_configured_one_is_created_with_a_one_time_password(CapturedOutput log) {
        deactivateAllAdmins();

        initialAdmin("Beheer@Example.NL").run(null);
        assertThat(log.getAll())
                .as("no address or password in the log")
                .contains("Created the initial admin")
                .doesNotContainIgnoringCase("beheer@example.nl")
                .doesNotContain("eenmalig-wachtwoord");

        var admin = dsl.selectFrom(APP_USER)
                .where(APP_USER.EMAIL.eq("beheer@example.nl"))
                .fetchOne();
        assertThat(admin).isNotNull();
        assertThat(admin.getRoleCode()).isEqualTo(Role.ADMIN);
        assertThat(admin.getMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("eenmalig-wachtwoord", admin.getPasswordHash()))
                .isTrue();
        assertThat(admin.getActive()).isTrue();
        assertThat(userDetails.loadUserByUsername("BEHEER@example.nl").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
        var event = dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("user").and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(admin.getId()))))
                .fetchOne();
        assertThat(event).isNotNull();
        assertThat(event.getAction()).isEqualTo("create");
        assertThat(event.getActorEmail()).isNull();
        assertThat(event.getChangeJson()).contains("beheer@example.nl").doesNotContain("eenmalig-wachtwoord");
    }

    @Test
    void without_an_active_admin_or_configuration_nobody_is_created() {
        deactivateAllAdmins();
        int before = dsl.fetchCount(APP_USER);

        new InitialAdmin(repository, passwordEncoder, audit, "", "").run(null);
        new InitialAdmin(repository, passwordEncoder, audit, "beheer@example.nl", "  ").run(null);

        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
        assertThat(repository.anyActiveAdmin()).isFalse();
    }

    @Test
    void an_address_already_taken_by_another_account_is_not_turned_into_an_admin(CapturedOutput log) {
        deactivateAllAdmins();
        int before = dsl.fetchCount(APP_USER);

        initialAdmin(DemoUsers.UTRECHT).run(null);
        assertThat(log.getAll()).contains("already taken").doesNotContain(DemoUsers.UTRECHT);

        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
        assertThat(dsl.select(APP_USER.ROLE_CODE)
                        .from(APP_USER)
                        .where(APP_USER.EMAIL.eq(DemoUsers.UTRECHT))
                        .fetchOne(APP_USER.ROLE_CODE))
                .isEqualTo(Role.PROFESSIONAL);
    }

    private void deactivateAllAdmins() {
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.ROLE_CODE.eq(Role.ADMIN))
                .execute();
    }

    @Test
    void with_an_active_admin_nothing_is_created() {
        int before = dsl.fetchCount(APP_USER);

        initialAdmin("tweede-beheerder@example.nl").run(null);

        assertThat(repository.emailTaken("tweede-beheerder@example.nl")).isFalse();
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
    }
}
