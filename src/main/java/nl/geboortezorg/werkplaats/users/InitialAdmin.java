package nl.geboortezorg.werkplaats.users;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.users.internal.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment starts with one admin: when no active admin exists, one is created from
 * {@code wsg.admin.email} and {@code wsg.admin.initial-password}, and must choose a new password
 * at first login.
 */
@Component
@Order(2)
class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final String email;
    private final String initialPassword;

    InitialAdmin(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            @Value("${wsg.admin.email:}") String email,
            @Value("${wsg.admin.initial-password:}") String initialPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.anyActiveAdmin()) {
            return;
        }
        if (email.isEmpty() || initialPassword.isBlank()) {
            LOG.warn("No admin account exists yet: set WSG_ADMIN_EMAIL and WSG_ADMIN_INITIAL_PASSWORD to create one.");
            return;
        }
        if (users.emailTaken(email)) {
            LOG.warn(
                    "No active admin exists, but WSG_ADMIN_EMAIL is already taken by another account; no admin created.");
            return;
        }
        String hash = Objects.requireNonNull(passwordEncoder.encode(initialPassword), "an encoded password");
        long id = users.insert(email, "Beheerder", Role.ADMIN, Language.NL, hash, true);
        audit.record(UserService.USER, id, "create", Map.of("email", email, "role", Role.ADMIN.name()));
        LOG.info(
                "Created the initial admin (user {}, WSG_ADMIN_EMAIL); the password must be changed at first login.",
                id);
    }
}
