package nl.geboortezorg.werkplaats.users;

import static nl.geboortezorg.werkplaats.db.Tables.ACCOUNT_LINK;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import nl.geboortezorg.werkplaats.security.PasswordChangeRequiredException;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.testsupport.Accounts;
import nl.geboortezorg.werkplaats.testsupport.AppMailServer;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Invitations, password resets and e-mail changes through single-use links: what is stored, how
 * long a link works and how often, who gets one, the mails in both languages, and the sessions
 * that end.
 */
@IntegrationTest
class AccountLinkServiceTest {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/(wachtwoord-instellen|e-mailadres-bevestigen)/([A-Za-z0-9_-]{43})");

    @Autowired
    UserService users;

    @Autowired
    AccountLinkService links;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    MovableClock clock;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    private long denHaag;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(userDetails, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        fromClient("198.51.100." + (System.nanoTime() % 250));
    }

    @AfterEach
    void reset() {
        clock.reset();
        RequestContextHolder.resetRequestAttributes();
        SignIn.out();
    }

    private static String freshEmail() {
        return "link-" + System.nanoTime() + "@example.nl";
    }

    private UserDraft professional(String email, Language language) {
        return new UserDraft(email, "Noor Bakker", Role.PROFESSIONAL, Set.of(denHaag), language);
    }

    private static MockHttpServletRequest fromClient(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    private int links(long userId) {
        return dsl.fetchCount(ACCOUNT_LINK, ACCOUNT_LINK.USER_ID.eq(userId));
    }

    private static String text(MimeMessage mail) throws Exception {
        return String.valueOf(((MimeMultipart) mail.getContent()).getBodyPart(0).getContent())
                .replace("\r\n", "\n");
    }

    /** The last message to the address (GreenMail lists messages by mailbox, not by arrival). */
    private static MimeMessage lastTo(List<MimeMessage> mails, String address) throws Exception {
        MimeMessage last = null;
        for (MimeMessage mail : mails) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                last = mail;
            }
        }
        assertThat(last).as("a mail to " + address).isNotNull();
        return last;
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(2);
    }

    @Test
    void only_the_sha256_hash_of_a_token_is_stored() {
        CreatedUser created = users.create(professional(freshEmail(), Language.NL));
        String token = Accounts.token(created.invitation());

        assertThat(token).hasSize(43);
        List<String> stored = dsl.select(ACCOUNT_LINK.TOKEN_HASH)
                .from(ACCOUNT_LINK)
                .where(ACCOUNT_LINK.USER_ID.eq(created.account().id()))
                .fetch(ACCOUNT_LINK.TOKEN_HASH);
        assertThat(stored).containsExactly(LinkToken.hash(token));
        assertThat(LinkToken.hash(token)).hasSize(64).doesNotContain(token);
        assertThat(dsl.fetchCount(ACCOUNT_LINK, ACCOUNT_LINK.TOKEN_HASH.eq(token)))
                .isZero();
    }

    @Test
    void an_invitation_works_seven_days_and_only_once() {
        CreatedUser created = users.create(professional(freshEmail(), Language.NL));
        String token = Accounts.token(created.invitation());
        SignIn.out();

        assertThat(links.check(token))
                .isEqualTo(new LinkCheck.Usable(
                        AccountLinkKind.INVITATION,
                        created.account().email(),
                        created.invitation().expiresAt()));
        clock.moveBy(Duration.ofDays(7).minusMinutes(1));
        assertThat(links.check(token)).isInstanceOf(LinkCheck.Usable.class);
        assertThat(links.choosePassword(token, "mijn-wachtwoord", "mijn-wachtwoord"))
                .isEqualTo(created.account().email());

        assertThat(links.check(token))
                .isEqualTo(new LinkCheck.Spent(AccountLinkKind.INVITATION, LinkCheck.Reason.USED));
        assertThatThrownBy(() -> links.choosePassword(token, "nog-een-wachtwoord", "nog-een-wachtwoord"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(FieldProblem.of("link", "account-link.not-usable")));
        AppUserPrincipal principal = (AppUserPrincipal)
                userDetails.loadUserByUsername(created.account().email());
        assertThat(passwordEncoder.matches("mijn-wachtwoord", principal.getPassword()))
                .isTrue();
        SignIn.as(userDetails, DemoUsers.ADMIN);
        assertThat(users.get(created.account().id()).invited()).isFalse();
        assertThat(users.get(created.account().id()).mustChangePassword()).isFalse();
    }

    @Test
    void an_expired_invitation_and_reset_link_no_longer_work() {
        CreatedUser created = users.create(professional(freshEmail(), Language.NL));
        String invitation = Accounts.token(created.invitation());
        String reset = Accounts.token(users.sendPasswordReset(created.account().id()));

        clock.moveBy(Duration.ofMinutes(61));
        assertThat(links.check(reset))
                .isEqualTo(new LinkCheck.Spent(AccountLinkKind.PASSWORD_RESET, LinkCheck.Reason.EXPIRED));
        assertThatThrownBy(() -> links.choosePassword(reset, "mijn-wachtwoord", "mijn-wachtwoord"))
                .isInstanceOf(ValidationException.class);
        assertThat(links.check(invitation)).isInstanceOf(LinkCheck.Usable.class);

        clock.moveBy(Duration.ofDays(7));
        assertThat(links.check(invitation))
                .isEqualTo(new LinkCheck.Spent(AccountLinkKind.INVITATION, LinkCheck.Reason.EXPIRED));
        assertThatThrownBy(() -> links.choosePassword(invitation, "mijn-wachtwoord", "mijn-wachtwoord"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_new_invitation_replaces_the_earlier_one_and_a_chosen_password_ends_every_other_link() {
        CreatedUser created = users.create(professional(freshEmail(), Language.NL));
        String first = Accounts.token(created.invitation());
        String second = Accounts.token(users.resendInvitation(created.account().id()));
        String reset = Accounts.token(users.sendPasswordReset(created.account().id()));

        assertThat(links.check(first))
                .isEqualTo(new LinkCheck.Spent(AccountLinkKind.INVITATION, LinkCheck.Reason.REPLACED));
        links.choosePassword(second, "mijn-wachtwoord", "mijn-wachtwoord");

        assertThat(links.check(reset))
                .isEqualTo(new LinkCheck.Spent(AccountLinkKind.PASSWORD_RESET, LinkCheck.Reason.REPLACED));
        assertThatThrownBy(() -> users.resendInvitation(created.account().id()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void of_two_uses_of_one_link_at_the_same_moment_only_one_sets_the_password() throws Exception {
        CreatedUser created = users.create(professional(freshEmail(), Language.NL));
        String token = Accounts.token(created.invitation());
        Callable<Boolean> use = () -> {
            try {
                links.choosePassword(token, "gelijktijdig-1", "gelijktijdig-1");
                return true;
            } catch (ValidationException spent) {
                return false;
            }
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = two.invokeAll(List.of(use, use));
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            two.shutdown();
        }
    }

    @Test
    void a_reset_request_answers_alike_and_only_an_active_account_gets_a_link_and_an_audit_event() {
        String member = freshEmail();
        long memberId = Accounts.withPassword(users, links, professional(member, Language.NL), "mijn-wachtwoord")
                .account()
                .id();
        String departed = freshEmail();
        UserAccount gone = Accounts.withPassword(users, links, professional(departed, Language.NL), "mijn-wachtwoord")
                .account();
        users.deactivate(gone.id(), gone.version());
        String unknown = freshEmail();
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);
        SignIn.out();

        assertThatCode(() -> links.requestPasswordReset(" " + member.toUpperCase() + " "))
                .doesNotThrowAnyException();
        assertThatCode(() -> links.requestPasswordReset(unknown)).doesNotThrowAnyException();
        assertThatCode(() -> links.requestPasswordReset(departed)).doesNotThrowAnyException();

        assertThat(links(memberId)).isEqualTo(2);
        assertThat(links(gone.id())).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore + 1);
        assertThat(dsl.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.CHANGE_JSON)
                        .from(AUDIT_EVENT)
                        .orderBy(AUDIT_EVENT.ID.desc())
                        .limit(1)
                        .fetchOne()
                        .intoArray())
                .containsExactly("request-password-reset", String.valueOf(memberId), null);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.CHANGE_JSON.contains(unknown)))
                .isZero();
    }

    @Test
    void reset_requests_are_throttled_per_address_and_per_client_without_another_answer() {
        String member = freshEmail();
        long memberId = Accounts.withPassword(users, links, professional(member, Language.NL), "mijn-wachtwoord")
                .account()
                .id();
        SignIn.out();
        for (int i = 0; i < 4; i++) {
            fromClient("203.0.113." + i);
            links.requestPasswordReset(member);
        }
        assertThat(links(memberId)).as("the invitation and three resets").isEqualTo(4);

        String other = freshEmail();
        SignIn.as(userDetails, DemoUsers.ADMIN);
        long otherId = Accounts.withPassword(users, links, professional(other, Language.NL), "mijn-wachtwoord")
                .account()
                .id();
        SignIn.out();
        fromClient("192.0.2.200");
        for (int i = 0; i < 10; i++) {
            links.requestPasswordReset("niemand-" + i + "-" + System.nanoTime() + "@example.nl");
        }
        links.requestPasswordReset(other);
        assertThat(links(otherId))
                .as("only the invitation: the client is over its limit")
                .isEqualTo(1);
        fromClient("192.0.2.201");
        links.requestPasswordReset(other);
        assertThat(links(otherId)).isEqualTo(2);

        clock.moveBy(Duration.ofMinutes(61));
        fromClient("203.0.113.99");
        links.requestPasswordReset(member);
        assertThat(links(memberId)).as("a new window").isEqualTo(5);
    }

    @Test
    void an_account_that_must_change_its_password_may_do_nothing_else_first() {
        String email = freshEmail();
        CreatedUser created = Accounts.withPassword(users, links, professional(email, Language.NL), "eenmalig-1234");
        dsl.update(APP_USER)
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .where(APP_USER.ID.eq(created.account().id()))
                .execute();
        RequestContextHolder.resetRequestAttributes();
        SignIn.as(userDetails, email);

        assertThatThrownBy(() -> regions.regions()).isInstanceOf(PasswordChangeRequiredException.class);
        assertThatThrownBy(() -> users.changeMyLanguage(Language.EN))
                .isInstanceOf(PasswordChangeRequiredException.class);
        assertThat(users.myProfile().mustChangePassword()).isTrue();

        users.changeMyPassword("eenmalig-1234", "mijn-eigen-wachtwoord");

        assertThat(regions.regions()).isNotEmpty();
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_a_field_message() {
        CreatedUser created = users.create(professional(freshEmail(), Language.NL));
        String long72 = "wachtwoord-" + "€".repeat(21);

        assertThatThrownBy(() -> links.choosePassword(Accounts.token(created.invitation()), long72, long72))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(FieldProblem.of("newPassword", "profile.password.too-many-bytes")));
    }

    @Test
    void a_password_set_through_a_link_ends_every_session_and_a_changed_one_every_other() {
        String email = freshEmail();
        CreatedUser created = Accounts.withPassword(users, links, professional(email, Language.NL), "mijn-wachtwoord");
        Object principal = userDetails.loadUserByUsername(email);
        sessions.registerNewSession("laptop-" + created.account().id(), principal);
        sessions.registerNewSession("telefoon-" + created.account().id(), principal);

        SignIn.as(userDetails, email);
        MockHttpServletRequest request = fromClient("192.0.2.9");
        request.setSession(
                new MockHttpSession(null, "laptop-" + created.account().id()));
        users.changeMyPassword("mijn-wachtwoord", "nieuw-wachtwoord");
        assertThat(sessions.getSessionInformation("laptop-" + created.account().id())
                        .isExpired())
                .isFalse();
        assertThat(sessions.getSessionInformation(
                                "telefoon-" + created.account().id())
                        .isExpired())
                .isTrue();

        SignIn.as(userDetails, DemoUsers.ADMIN);
        String reset = Accounts.token(users.sendPasswordReset(created.account().id()));
        SignIn.out();
        links.choosePassword(reset, "weer-een-wachtwoord", "weer-een-wachtwoord");
        assertThat(sessions.getSessionInformation("laptop-" + created.account().id())
                        .isExpired())
                .isTrue();
    }

    @Test
    void invitation_and_reset_mails_in_the_recipients_language_carry_their_link() throws Exception {
        try (AppMailServer mail = AppMailServer.start(context)) {
            String dutch = freshEmail();
            String english = freshEmail();
            CreatedUser nl = users.create(professional(dutch, Language.NL));
            users.create(professional(english, Language.EN));
            assertThat(nl.invitation().mailed()).isTrue();

            List<MimeMessage> received = mail.awaitMails(2);
            assertThat(received).hasSize(2);
            MimeMessage toDutch = lastTo(received, dutch);
            assertThat(toDutch.getSubject()).isEqualTo("Uitnodiging voor de Werkplaats Sociale Geboortezorg");
            assertThat(text(toDutch))
                    .contains("Beste Noor Bakker,")
                    .contains(users.myProfile().displayName() + " nodigt u uit")
                    .contains("U krijgt de rol Professional in: Den Haag.")
                    .contains("/wachtwoord-instellen/");
            assertThat(lastTo(received, english).getSubject())
                    .isEqualTo("Invitation to the Werkplaats Sociale Geboortezorg");
            assertThat(text(lastTo(received, english)))
                    .contains("Dear Noor Bakker,")
                    .contains("Your role: Professional, in Den Haag.");
            assertThat(links.check(token(toDutch))).isInstanceOf(LinkCheck.Usable.class);

            SignIn.out();
            links.requestPasswordReset(english);
            MimeMessage reset = lastTo(mail.awaitMails(3), english);
            assertThat(reset.getSubject()).isEqualTo("New password for the Werkplaats Sociale Geboortezorg");
            assertThat(links.check(token(reset)))
                    .isInstanceOfSatisfying(
                            LinkCheck.Usable.class,
                            usable -> assertThat(usable.kind()).isEqualTo(AccountLinkKind.PASSWORD_RESET));
            links.requestPasswordReset(dutch);
            assertThat(lastTo(mail.awaitMails(4), dutch).getSubject())
                    .isEqualTo("Nieuw wachtwoord voor de Werkplaats Sociale Geboortezorg");
        }
    }

    @Test
    void a_new_address_counts_only_once_confirmed_through_the_link_sent_to_it_and_the_old_one_is_told()
            throws Exception {
        String old = freshEmail();
        Accounts.withPassword(users, links, professional(old, Language.NL), "mijn-wachtwoord");
        String wanted = freshEmail();
        try (AppMailServer mail = AppMailServer.start(context)) {
            SignIn.as(userDetails, old);
            users.requestEmailChange(wanted.toUpperCase());

            MimeMessage confirmation = mail.awaitMails(1).getFirst();
            assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(wanted);
            assertThat(confirmation.getSubject())
                    .isEqualTo("Bevestig uw nieuwe e-mailadres voor de Werkplaats Sociale Geboortezorg");
            assertThat(text(confirmation)).contains("/e-mailadres-bevestigen/");
            assertThat(users.myProfile().email()).isEqualTo(old);
            String token = token(confirmation);
            clock.moveBy(Duration.ofHours(23));

            SignIn.out();
            assertThat(links.confirmEmailChange(token)).isEqualTo(wanted);

            MimeMessage notice = lastTo(mail.awaitMails(2), old);
            assertThat(text(notice)).contains(old + " in " + wanted);
            assertThat(userDetails.loadUserByUsername(wanted).getUsername()).isEqualTo(wanted);
            assertThatThrownBy(() -> links.confirmEmailChange(token)).isInstanceOf(ValidationException.class);
        }
        SignIn.as(userDetails, DemoUsers.ADMIN);
        assertThat(dsl.select(AUDIT_EVENT.ACTION)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.ACTION.in("request-email-change", "confirm-email-change"))
                        .and(AUDIT_EVENT.CHANGE_JSON.contains(wanted))
                        .fetch(AUDIT_EVENT.ACTION))
                .containsExactlyInAnyOrder("request-email-change", "confirm-email-change");
    }

    @Test
    void an_email_change_link_expires_after_a_day() throws Exception {
        String old = freshEmail();
        Accounts.withPassword(users, links, professional(old, Language.NL), "mijn-wachtwoord");
        try (AppMailServer mail = AppMailServer.start(context)) {
            SignIn.as(userDetails, old);
            users.requestEmailChange(freshEmail());
            String token = token(mail.awaitMails(1).getFirst());
            clock.moveBy(Duration.ofHours(25));

            assertThat(links.check(token))
                    .isEqualTo(new LinkCheck.Spent(AccountLinkKind.EMAIL_CHANGE, LinkCheck.Reason.EXPIRED));
            assertThatThrownBy(() -> links.confirmEmailChange(token)).isInstanceOf(ValidationException.class);
            assertThat(users.myProfile().email()).isEqualTo(old);
        }
    }
}
