package nl.geboortezorg.werkplaats.security.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;

import java.util.List;
import java.util.Locale;
import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import org.jooq.DSLContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the database by e-mail address, case-insensitively. */
@Service
public class DatabaseUserDetailsService implements UserDetailsService {

    private final DSLContext dsl;

    DatabaseUserDetailsService(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.PASSWORD_HASH, APP_USER.ACTIVE, APP_USER.ROLE_CODE)
                .from(APP_USER)
                .where(APP_USER.EMAIL.eq(email))
                .fetchOptional(r -> new AppUserPrincipal(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        List.of(new SimpleGrantedAuthority("ROLE_" + r.value5()))))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }
}
