package nl.geboortezorg.werkplaats.security.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.util.HashSet;
import java.util.Optional;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class ActorRepository {

    private final DSLContext dsl;

    ActorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Actor> findById(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.ROLE_CODE, APP_USER.ACTIVE)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new Actor(r.value1(), r.value2(), r.value3(), Role.valueOf(r.value4()),
                        r.value5(),
                        new HashSet<>(dsl.select(REGION_MEMBERSHIP.REGION_ID)
                                .from(REGION_MEMBERSHIP)
                                .where(REGION_MEMBERSHIP.USER_ID.eq(userId))
                                .fetch(REGION_MEMBERSHIP.REGION_ID))));
    }
}
