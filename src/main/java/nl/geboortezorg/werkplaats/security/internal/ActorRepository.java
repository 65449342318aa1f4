package nl.geboortezorg.werkplaats.security.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.security.Actor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class ActorRepository {

    private final DSLContext dsl;

    ActorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Actor> findById(long userId) {
        var user = dsl.select(
                        APP_USER.EMAIL,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ROLE_CODE,
                        APP_USER.ACTIVE,
                        APP_USER.MUST_CHANGE_PASSWORD)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOne();
        if (user == null) {
            return Optional.empty();
        }
        Set<Long> regionIds = new HashSet<>(dsl.select(REGION_MEMBERSHIP.REGION_ID)
                .from(REGION_MEMBERSHIP)
                .where(REGION_MEMBERSHIP.USER_ID.eq(userId))
                .fetch(REGION_MEMBERSHIP.REGION_ID));
        return Optional.of(new Actor(
                userId, user.value1(), user.value2(), user.value3(), user.value4(), regionIds, user.value5()));
    }
}
