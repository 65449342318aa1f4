package nl.geboortezorg.werkplaats.users;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.audit.FieldChange;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.security.SessionTerminator;
import nl.geboortezorg.werkplaats.users.AccountMails.Recipient;
import nl.geboortezorg.werkplaats.users.internal.UserRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management (admins manage everyone; facilitators manage professionals and observers):
 * people are invited by e-mail and choose their own password through the link; a forgotten
 * password is replaced through a reset link. And each user's own profile: name, job title,
 * discipline, language, e-mail address and password.
 */
@Service
public class UserService {

    static final String USER = "user";
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 64;
    /** bcrypt reads no more than this many bytes of a password (UTF-8); a longer one is refused. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private final UserRepository users;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final AccountLinks links;
    private final AccountMails mails;

    UserService(
            UserRepository users,
            AccessGuard access,
            AuditTrail audit,
            PasswordEncoder passwordEncoder,
            SessionTerminator sessions,
            AccountLinks links,
            AccountMails mails) {
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.links = links;
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> find(UserFilter filter, int offset, int limit) {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        return users.find(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(UserFilter filter) {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        return users.count(filter);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long userId) {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        return users.findById(userId).orElseThrow(() -> new NotFoundException(USER, userId));
    }

    /** The roles the signed-in user may give to others. */
    @Transactional(readOnly = true)
    public List<Role> assignableRoles() {
        return assignableRoles(access.requireRole(Role.ADMIN, Role.FACILITATOR));
    }

    /**
     * Creates the account without a password anyone knows and invites its owner by e-mail, in
     * their language, to choose one; without a mail server the invitation link is answered instead.
     */
    @Transactional
    public CreatedUser create(UserDraft draft) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        requireMayManage(actor, draft.role());
        String email = Texts.clean(draft.email()) == null
                ? null
                : draft.email().strip().toLowerCase(Locale.ROOT);
        FieldChecks checks = new FieldChecks().email("email", email);
        if (email != null && !checks.hasProblem("email") && users.emailTaken(email)) {
            checks.add(FieldProblem.of("email", "user.email-taken"));
        }
        UserDraft clean = validate(checks, draft);
        Objects.requireNonNull(email, "validate refuses a missing address");
        long id;
        try {
            id = users.insertInvited(
                    email, clean.displayName(), clean.role(), clean.language(), hash(LinkToken.newToken()));
        } catch (DuplicateKeyException raced) {
            throw new ValidationException(FieldProblem.of("email", "user.email-taken"));
        }
        users.replaceRegions(id, clean.regionIds());
        audit.record(
                USER,
                id,
                "create",
                Map.of(
                        "email",
                        email,
                        "displayName",
                        clean.displayName(),
                        "role",
                        clean.role().name(),
                        "regionIds",
                        new TreeSet<>(clean.regionIds())));
        UserAccount account = users.findById(id).orElseThrow();
        return new CreatedUser(account, invite(actor, account));
    }

    /** A new invitation for an account that has not yet accepted one; earlier invitation links stop working. */
    @Transactional
    public SentLink resendInvitation(long userId) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        UserAccount account = manageable(actor, userId);
        if (!account.invited()) {
            throw new ValidationException(FieldProblem.of("invitation", "users.invitation.already-accepted"));
        }
        return invite(actor, account);
    }

    /**
     * Mails the user a link to choose a new password (their current one keeps working until they
     * do); without a mail server the link is answered instead, to pass on.
     */
    @Transactional
    public SentLink sendPasswordReset(long userId) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        UserAccount account = manageable(actor, userId);
        AccountLinks.Issued issued = links.issue(account.id(), AccountLinkKind.PASSWORD_RESET, null);
        String link = mails.link(new Destination.ChoosePassword(issued.token()));
        boolean mailed = mails.configured()
                && mails.sendPasswordReset(
                        new Recipient(account.email(), account.displayName(), account.language()),
                        link,
                        issued.expiresAt());
        audit.record(USER, userId, "send-password-reset", Map.of("mailed", mailed));
        return new SentLink(account.email(), AccountLinkKind.PASSWORD_RESET, issued.expiresAt(), mailed ? null : link);
    }

    @Transactional
    public UserAccount update(long userId, int version, UserDraft draft) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        UserAccount current = users.findById(userId).orElseThrow(() -> new NotFoundException(USER, userId));
        requireMayManage(actor, current.role());
        requireMayManage(actor, draft.role());
        if (actor.id() == userId && draft.role() != current.role()) {
            throw new ValidationException(FieldProblem.of("role", "user.cannot-change-own-role"));
        }
        UserDraft clean = validate(new FieldChecks(), draft);
        users.update(userId, version, clean.displayName(), clean.role(), clean.language());
        users.replaceRegions(userId, clean.regionIds());
        access.forgetCurrentActor();
        Map<String, Object> change = new LinkedHashMap<>();
        putIfChanged(change, "displayName", current.displayName(), clean.displayName());
        putIfChanged(change, "role", current.role().name(), clean.role().name());
        putIfChanged(
                change, "language", current.language().code(), clean.language().code());
        putIfChanged(change, "regionIds", new TreeSet<>(current.regionIds()), new TreeSet<>(clean.regionIds()));
        audit.record(USER, userId, "update", change);
        return users.findById(userId).orElseThrow();
    }

    /** Deactivates an account and ends its open sessions; it can no longer sign in or act. */
    @Transactional
    public UserAccount deactivate(long userId, int version) {
        return setActive(userId, version, false);
    }

    @Transactional
    public UserAccount reactivate(long userId, int version) {
        return setActive(userId, version, true);
    }

    @Transactional(readOnly = true)
    public MyProfile myProfile() {
        Actor actor = access.ownAccount();
        UserAccount me = users.findById(actor.id()).orElseThrow();
        UserRepository.Profile profile = users.findProfile(actor.id()).orElseThrow();
        return new MyProfile(
                me.id(),
                me.email(),
                me.displayName(),
                me.role(),
                me.language(),
                me.mustChangePassword(),
                profile.jobTitle(),
                profile.organisationType(),
                profile.version());
    }

    /** Every signed-in user describes themselves: name, job title and discipline (organisation type). */
    @Transactional
    public MyProfile updateMyProfile(int version, ProfileDraft draft) {
        Actor actor = access.signedIn();
        MyProfile current = myProfile();
        String displayName = Texts.clean(draft.displayName());
        String jobTitle = Texts.clean(draft.jobTitle());
        new FieldChecks()
                .text("displayName", displayName, UserDraft.DISPLAY_NAME_MAX)
                .maxLength("jobTitle", jobTitle, ProfileDraft.JOB_TITLE_MAX)
                .throwIfAny();
        users.updateProfile(
                actor.id(),
                version,
                Objects.requireNonNull(displayName, "checked above"),
                jobTitle,
                draft.organisationType());
        access.forgetCurrentActor();
        Map<String, Object> change = new LinkedHashMap<>();
        putIfChanged(change, "displayName", current.displayName(), displayName);
        putIfChanged(change, "jobTitle", current.jobTitle(), jobTitle);
        putIfChanged(change, "organisationType", current.organisationType(), draft.organisationType());
        audit.record(USER, actor.id(), "update-profile", change);
        return myProfile();
    }

    /**
     * Mails a confirmation link to the new address; the address changes only when that link is
     * followed (see {@link AccountLinkService#confirmEmailChange}). Needs a mail server. Answers
     * until when the link works.
     */
    @Transactional
    public Instant requestEmailChange(String newEmail) {
        Actor actor = access.signedIn();
        String email = Texts.clean(newEmail) == null ? null : newEmail.strip().toLowerCase(Locale.ROOT);
        FieldChecks checks = new FieldChecks().email("newEmail", email);
        if (!checks.hasProblem("newEmail")) {
            if (actor.email().equals(email)) {
                checks.add(FieldProblem.of("newEmail", "profile.email.same-as-current"));
            } else if (users.emailTaken(Objects.requireNonNull(email, "checked above"))) {
                checks.add(FieldProblem.of("newEmail", "user.email-taken"));
            } else if (!mails.configured()) {
                checks.add(FieldProblem.of("newEmail", "profile.email.no-mail-server"));
            }
        }
        checks.throwIfAny();
        String address = Objects.requireNonNull(email, "checked above");
        AccountLinks.Issued issued = links.issue(actor.id(), AccountLinkKind.EMAIL_CHANGE, address);
        UserAccount me = users.findById(actor.id()).orElseThrow();
        if (!mails.sendEmailConfirmation(
                new Recipient(me.email(), me.displayName(), me.language()),
                address,
                mails.link(new Destination.ConfirmEmail(issued.token())),
                issued.expiresAt())) {
            throw new ValidationException(FieldProblem.of("newEmail", "profile.email.not-sent"));
        }
        audit.record(USER, actor.id(), "request-email-change", Map.of("to", address));
        return issued.expiresAt();
    }

    /** Every signed-in user, observers included, may change their own language: it is no content. */
    @Transactional
    public void changeMyLanguage(Language language) {
        Actor actor = access.signedIn();
        Objects.requireNonNull(language, "language");
        users.setLanguage(actor.id(), language);
        audit.record(USER, actor.id(), "change-language", Map.of("language", language.code()));
    }

    /**
     * Every signed-in user may change their own password, given the current one, also while they
     * must replace a one-time password; their other sessions end.
     */
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        Actor actor = access.ownAccount();
        String hash = users.passwordHash(actor.id()).orElseThrow();
        FieldChecks checks = new FieldChecks();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            checks.add(FieldProblem.of("currentPassword", "profile.password.current-wrong"));
        }
        checkNewPassword(checks, newPassword);
        if (!checks.hasProblem("newPassword") && newPassword.equals(currentPassword)) {
            checks.add(FieldProblem.of("newPassword", "profile.password.same-as-current"));
        }
        checks.throwIfAny();
        users.setPassword(actor.id(), hash(newPassword), false);
        access.forgetCurrentActor();
        audit.record(USER, actor.id(), "change-password", Map.of());
        sessions.endOtherSessionsOf(actor.email());
    }

    static void checkNewPassword(FieldChecks checks, @Nullable String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            checks.add(FieldProblem.of("newPassword", "profile.password.too-short", PASSWORD_MIN));
        } else if (password.length() > PASSWORD_MAX) {
            checks.add(FieldProblem.of("newPassword", "validation.too-long", PASSWORD_MAX));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            checks.add(FieldProblem.of("newPassword", "profile.password.too-many-bytes"));
        }
    }

    private UserAccount setActive(long userId, int version, boolean active) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        UserAccount current = users.findById(userId).orElseThrow(() -> new NotFoundException(USER, userId));
        requireMayManage(actor, current.role());
        if (!active && actor.id() == userId) {
            throw new ValidationException(FieldProblem.of("active", "user.cannot-deactivate-self"));
        }
        users.setActive(userId, version, active);
        audit.record(USER, userId, active ? "reactivate" : "deactivate", Map.of());
        if (!active) {
            sessions.endSessionsOf(current.email());
        }
        return users.findById(userId).orElseThrow();
    }

    private UserAccount manageable(Actor actor, long userId) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException(USER, userId));
        requireMayManage(actor, account.role());
        if (!account.active()) {
            throw new ValidationException(FieldProblem.of("active", "users.link.inactive"));
        }
        return account;
    }

    /** Issues an invitation link (replacing earlier ones) and mails it in the invitee's language. */
    private SentLink invite(Actor actor, UserAccount account) {
        AccountLinks.Issued issued = links.issue(account.id(), AccountLinkKind.INVITATION, null);
        String link = mails.link(new Destination.ChoosePassword(issued.token()));
        boolean mailed = mails.configured()
                && mails.sendInvitation(
                        new Recipient(account.email(), account.displayName(), account.language()),
                        actor.displayName(),
                        account.role(),
                        users.regionNames(account.regionIds()),
                        link,
                        issued.expiresAt());
        audit.record(
                USER,
                account.id(),
                "send-invitation",
                Map.of("expiresAt", issued.expiresAt().toString(), "mailed", mailed));
        return new SentLink(account.email(), AccountLinkKind.INVITATION, issued.expiresAt(), mailed ? null : link);
    }

    private UserDraft validate(FieldChecks checks, UserDraft draft) {
        String displayName = Texts.clean(draft.displayName());
        checks.text("displayName", displayName, UserDraft.DISPLAY_NAME_MAX).required("role", draft.role());
        if (draft.role() == Role.PROFESSIONAL && draft.regionIds().isEmpty()) {
            checks.add(FieldProblem.of("regionIds", "user.professional-needs-region"));
        } else if (!users.allRegionsExist(draft.regionIds())) {
            checks.add(FieldProblem.of("regionIds", "validation.unknown-region"));
        }
        checks.throwIfAny();
        Language language = draft.language() == null ? Language.NL : draft.language();
        return new UserDraft(
                draft.email(),
                Objects.requireNonNull(displayName, "checked above"),
                draft.role(),
                draft.regionIds(),
                language);
    }

    private static List<Role> assignableRoles(Actor actor) {
        return actor.role() == Role.ADMIN ? List.of(Role.values()) : List.of(Role.PROFESSIONAL, Role.OBSERVER);
    }

    private static void requireMayManage(Actor actor, Role role) {
        if (role != null && !assignableRoles(actor).contains(role)) {
            throw new AccessDeniedException(actor.role() + " may not manage users with role " + role);
        }
    }

    private static void putIfChanged(
            Map<String, Object> change, String field, @Nullable Object from, @Nullable Object to) {
        if (!Objects.equals(from, to)) {
            change.put(field, new FieldChange(from, to));
        }
    }

    /** The encoder answers null only for a null password. */
    private String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "an encoded password");
    }
}
