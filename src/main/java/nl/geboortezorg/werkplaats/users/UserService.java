package nl.geboortezorg.werkplaats.users;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.audit.FieldChange;
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
import nl.geboortezorg.werkplaats.users.internal.UserRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management (admins manage everyone; facilitators manage professionals and observers) and
 * each user's own profile: language and password.
 */
@Service
public class UserService {

    static final String USER = "user";
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 64;
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;

    UserService(
            UserRepository users,
            AccessGuard access,
            AuditTrail audit,
            PasswordEncoder passwordEncoder,
            SessionTerminator sessions) {
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
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
        String temporaryPassword = temporaryPassword();
        long id;
        try {
            id = users.insert(
                    email, clean.displayName(), clean.role(), clean.language(), hash(temporaryPassword), true);
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
        return new CreatedUser(users.findById(id).orElseThrow(), temporaryPassword);
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

    /** Gives the user a new one-time password, to be replaced at their next login. */
    @Transactional
    public String resetPassword(long userId) {
        Actor actor = access.requireRole(Role.ADMIN, Role.FACILITATOR);
        UserAccount current = users.findById(userId).orElseThrow(() -> new NotFoundException(USER, userId));
        requireMayManage(actor, current.role());
        String temporaryPassword = temporaryPassword();
        users.setPassword(userId, hash(temporaryPassword), true);
        access.forgetCurrentActor();
        audit.record(USER, userId, "reset-password", Map.of());
        return temporaryPassword;
    }

    @Transactional(readOnly = true)
    public MyProfile myProfile() {
        Actor actor = access.signedIn();
        UserAccount me = users.findById(actor.id()).orElseThrow();
        return new MyProfile(me.id(), me.email(), me.displayName(), me.role(), me.language(), me.mustChangePassword());
    }

    /** Every signed-in user, observers included, may change their own language: it is no content. */
    @Transactional
    public void changeMyLanguage(Language language) {
        Actor actor = access.signedIn();
        Objects.requireNonNull(language, "language");
        users.setLanguage(actor.id(), language);
        audit.record(USER, actor.id(), "change-language", Map.of("language", language.code()));
    }

    /** Every signed-in user may change their own password, given the current one. */
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        Actor actor = access.signedIn();
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
    }

    static void checkNewPassword(FieldChecks checks, String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            checks.add(FieldProblem.of("newPassword", "profile.password.too-short", PASSWORD_MIN));
        } else if (password.length() > PASSWORD_MAX) {
            checks.add(FieldProblem.of("newPassword", "validation.too-long", PASSWORD_MAX));
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

    private static void putIfChanged(Map<String, Object> change, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            change.put(field, new FieldChange(from, to));
        }
    }

    /** The encoder answers null only for a null password. */
    private String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "an encoded password");
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
