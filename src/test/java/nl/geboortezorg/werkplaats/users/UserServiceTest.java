package nl.geboortezorg.werkplaats.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    RegionService regions;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessions;

    private long denHaag;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
    }

    private static String freshEmail() {
        return "gebruiker-" + System.nanoTime() + "@example.nl";
    }

    private static final String START_PASSWORD = "start-wachtwoord";

    @Autowired
    AccountLinkService links;

    /** A new professional of Den Haag who has chosen a password through the invitation. */
    private CreatedUser withPassword(String email) {
        return Accounts.withPassword(users, links, professional(email), START_PASSWORD);
    }

    private UserDraft professional(String email) {
        return new UserDraft(email, "Fatma Yilmaz", Role.PROFESSIONAL, Set.of(denHaag), Language.NL);
    }

    @Test
    void a_new_user_is_invited_with_a_link_and_has_no_password_anyone_knows() {
        String email = freshEmail();

        CreatedUser created = users.create(professional("  " + email.toUpperCase() + " "));

        assertThat(created.account().email()).isEqualTo(email);
        assertThat(created.account().invited()).isTrue();
        assertThat(created.account().mustChangePassword()).isTrue();
        assertThat(created.account().regionIds()).containsExactly(denHaag);
        // no mail server in the tests: the link is answered to pass on, valid for seven days
        assertThat(created.invitation().mailed()).isFalse();
        assertThat(created.invitation().linkToPassOn()).contains("/wachtwoord-instellen/");
        assertThat(created.invitation().expiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(7)));
        AppUserPrincipal principal = (AppUserPrincipal) userDetails.loadUserByUsername(email);
        assertThat(principal.getPassword()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(Accounts.token(created.invitation()), principal.getPassword()))
                .isFalse();
    }

    @Test
    void a_duplicate_email_is_a_field_error_and_nothing_is_saved() {
        int before = users.count(UserFilter.all());

        assertThatThrownBy(() -> users.create(professional(DemoUsers.DEN_HAAG.toUpperCase())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("email", "user.email-taken")));
        assertThat(users.count(UserFilter.all())).isEqualTo(before);
    }

    @Test
    void bad_input_gives_one_field_error_per_field_with_the_limit_stated() {
        UserDraft bad = new UserDraft("geen-adres", "x".repeat(101), Role.PROFESSIONAL, Set.of(), Language.NL);

        assertThatThrownBy(() -> users.create(bad))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactlyInAnyOrder(
                                        FieldProblem.of("email", "validation.email"),
                                        FieldProblem.of("displayName", "validation.too-long", 100),
                                        FieldProblem.of("regionIds", "user.professional-needs-region")));
        assertThatThrownBy(() -> users.create(new UserDraft(freshEmail(), "  ", Role.OBSERVER, Set.of(), null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("displayName", "validation.required")));
    }

    @Test
    void facilitators_manage_professionals_and_observers_only() {
        SignIn.as(userDetails, DemoUsers.FACILITATOR);

        assertThat(users.assignableRoles()).containsExactly(Role.PROFESSIONAL, Role.OBSERVER);
        assertThat(users.create(new UserDraft(freshEmail(), "Waarnemer VWS", Role.OBSERVER, Set.of(), null))
                        .account()
                        .role())
                .isEqualTo(Role.OBSERVER);
        assertThat(users.create(professional(freshEmail())).account().role()).isEqualTo(Role.PROFESSIONAL);
        int before = users.count(UserFilter.all());
        assertThatThrownBy(() -> users.create(new UserDraft(freshEmail(), "Stiekem", Role.ADMIN, Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new UserDraft(freshEmail(), "Stiekem", Role.FACILITATOR, Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.count(UserFilter.all())).isEqualTo(before);
        UserAccount admin =
                users.find(new UserFilter(DemoUsers.ADMIN, null, true), 0, 1).getFirst();
        assertThatThrownBy(() -> users.deactivate(admin.id(), admin.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_facilitator_cannot_promote_a_professional() {
        UserAccount account = users.create(professional(freshEmail())).account();
        SignIn.as(userDetails, DemoUsers.FACILITATOR);

        assertThatThrownBy(() -> users.update(
                        account.id(),
                        account.version(),
                        new UserDraft(null, "Gepromoveerd", Role.FACILITATOR, Set.of(), Language.NL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.get(account.id()).role()).isEqualTo(Role.PROFESSIONAL);
    }

    @Test
    void an_unknown_region_is_a_field_error() {
        assertThatThrownBy(() -> users.create(
                        new UserDraft(freshEmail(), "Nergens", Role.PROFESSIONAL, Set.of(Long.MAX_VALUE), Language.NL)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("regionIds", "validation.unknown-region")));
    }

    @Test
    void an_admin_cannot_change_their_own_role() {
        UserAccount me = users.get(users.myProfile().id());

        assertThatThrownBy(() -> users.update(
                        me.id(),
                        me.version(),
                        new UserDraft(null, me.displayName(), Role.FACILITATOR, Set.of(), me.language())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("role", "user.cannot-change-own-role")));
        assertThat(users.get(me.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_stale_update_is_refused_and_the_first_change_is_kept() {
        UserAccount account = users.create(professional(freshEmail())).account();

        users.update(
                account.id(),
                account.version(),
                new UserDraft(null, "Eerste wijziging", Role.PROFESSIONAL, Set.of(denHaag), Language.EN));
        assertThatThrownBy(() -> users.update(
                        account.id(),
                        account.version(),
                        new UserDraft(null, "Tweede wijziging", Role.OBSERVER, Set.of(), Language.NL)))
                .isInstanceOf(ConcurrentEditException.class);

        UserAccount kept = users.get(account.id());
        assertThat(kept.displayName()).isEqualTo("Eerste wijziging");
        assertThat(kept.role()).isEqualTo(Role.PROFESSIONAL);
        assertThat(kept.language()).isEqualTo(Language.EN);
    }

    @Test
    void a_deactivated_user_is_refused_everything_and_their_sessions_end() {
        String email = freshEmail();
        UserAccount account = withPassword(email).account();
        AppUserPrincipal principal = (AppUserPrincipal) userDetails.loadUserByUsername(email);
        sessions.registerNewSession("sessie-" + email, principal);

        users.deactivate(account.id(), account.version());

        SessionInformation session = sessions.getSessionInformation("sessie-" + email);
        assertThat(session.isExpired()).isTrue();
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isFalse();
        SignIn.as(userDetails, email);
        assertThatThrownBy(() -> regions.regions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.myProfile()).isInstanceOf(AccessDeniedException.class);
        sessions.removeSessionInformation("sessie-" + email);
    }

    @Test
    void a_withdrawn_membership_or_role_is_refused_at_once_without_a_new_login() {
        String email = freshEmail();
        UserAccount account = withPassword(email).account();
        long utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        Authentication stillSignedIn = SignIn.as(userDetails, email);
        regions.addOrganisation(denHaag, new OrganisationDraft("Eerste partner", OrganisationType.OTHER));

        SignIn.as(userDetails, DemoUsers.ADMIN);
        UserAccount moved = users.update(
                account.id(),
                account.version(),
                new UserDraft(null, "Verhuisd", Role.PROFESSIONAL, Set.of(utrecht), Language.NL));
        TestSecurityContextHolder.setAuthentication(stillSignedIn);
        assertThatThrownBy(() -> regions.addOrganisation(
                        denHaag, new OrganisationDraft("Tweede partner", OrganisationType.OTHER)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(userDetails, DemoUsers.ADMIN);
        users.update(
                moved.id(), moved.version(), new UserDraft(null, "Waarnemer", Role.OBSERVER, Set.of(), Language.NL));
        TestSecurityContextHolder.setAuthentication(stillSignedIn);
        assertThatThrownBy(() -> regions.addOrganisation(
                        utrecht, new OrganisationDraft("Derde partner", OrganisationType.OTHER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_deactivates_themselves() {
        UserAccount me = users.get(users.myProfile().id());

        assertThatThrownBy(() -> users.deactivate(me.id(), me.version()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("user.cannot-deactivate-self"));
        assertThat(users.get(me.id()).active()).isTrue();
    }

    @Test
    void changing_my_password_checks_the_current_one() {
        String email = freshEmail();
        CreatedUser created = withPassword(email);
        SignIn.as(userDetails, email);

        assertThatThrownBy(() -> users.changeMyPassword("fout", "een-goed-wachtwoord"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("currentPassword"));
        assertThatThrownBy(() -> users.changeMyPassword(START_PASSWORD, "kort"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("newPassword", "profile.password.too-short", 10)));
        assertThatThrownBy(() -> users.changeMyPassword(START_PASSWORD, START_PASSWORD))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(FieldProblem.of("newPassword", "profile.password.same-as-current")));
        users.changeMyPassword(START_PASSWORD, "een-goed-wachtwoord");

        assertThat(passwordEncoder.matches(
                        "een-goed-wachtwoord",
                        userDetails.loadUserByUsername(email).getPassword()))
                .isTrue();
    }

    @Test
    void my_language_is_kept() {
        String email = freshEmail();
        withPassword(email);
        SignIn.as(userDetails, email);

        users.changeMyLanguage(Language.EN);

        assertThat(users.myProfile().language()).isEqualTo(Language.EN);
    }

    @Test
    void every_write_is_audited_without_secrets() {
        String email = freshEmail();
        UserAccount account = withPassword(email).account();
        account = users.update(
                account.id(),
                account.version(),
                new UserDraft(null, "Nieuwe naam", Role.PROFESSIONAL, Set.of(denHaag), Language.NL));
        users.sendPasswordReset(account.id());
        users.deactivate(account.id(), users.get(account.id()).version());

        String id = String.valueOf(account.id());
        var events = audit.find(new AuditFilter("user", DemoUsers.ADMIN, null, null), 0, 10).stream()
                .filter(event -> event.entityId().equals(id))
                .toList();
        assertThat(events)
                .extracting(AuditEvent::action)
                .containsExactly(
                        "deactivate", "send-password-reset", "update", "set-password", "send-invitation", "create");
        assertThat(events).allSatisfy(event -> assertThat(event.actorEmail()).isEqualTo(DemoUsers.ADMIN));
        assertThat(events.get(2).changeJson()).contains("\"displayName\"", "Fatma Yilmaz", "Nieuwe naam");
        assertThat(events)
                .allSatisfy(event -> assertThat(String.valueOf(event.changeJson()))
                        .doesNotContain("bcrypt")
                        .doesNotContainIgnoringCase("password\":"));
    }

    @Test
    void own_password_and_language_changes_are_audited_as_the_user_without_the_password() {
        String email = freshEmail();
        CreatedUser created = users.create(professional(email));
        String reset = Accounts.token(users.sendPasswordReset(created.account().id()));
        SignIn.out();
        links.choosePassword(reset, "gekozen-wachtwoord", "gekozen-wachtwoord");
        SignIn.as(userDetails, email);

        users.changeMyLanguage(Language.EN);
        users.changeMyPassword("gekozen-wachtwoord", "mijn-eigen-wachtwoord");

        SignIn.as(userDetails, DemoUsers.ADMIN);
        var events = audit.find(new AuditFilter("user", null, null, null), 0, 20).stream()
                .filter(event ->
                        event.entityId().equals(String.valueOf(created.account().id())))
                .toList();
        assertThat(events)
                .extracting(AuditEvent::action, AuditEvent::actorEmail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("change-password", email),
                        org.assertj.core.groups.Tuple.tuple("change-language", email),
                        org.assertj.core.groups.Tuple.tuple("set-password", null),
                        org.assertj.core.groups.Tuple.tuple("send-password-reset", DemoUsers.ADMIN),
                        org.assertj.core.groups.Tuple.tuple("send-invitation", DemoUsers.ADMIN),
                        org.assertj.core.groups.Tuple.tuple("create", DemoUsers.ADMIN));
        assertThat(events.get(1).changeJson()).isEqualTo("{\"language\":\"en\"}");
        assertThat(events)
                .allSatisfy(event -> assertThat(String.valueOf(event.changeJson()))
                        .doesNotContain(reset, "gekozen-wachtwoord", "mijn-eigen-wachtwoord", "{bcrypt}"));
    }
}
