package nl.geboortezorg.werkplaats.security.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
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
        // One query for both: the regions the user belongs to, and the archived ones (few, if any).
        Set<Long> regionIds = new HashSet<>();
        Set<Long> archivedRegionIds = new HashSet<>();
        dsl.select(REGION.ID, REGION_MEMBERSHIP.USER_ID.isNotNull(), REGION.ARCHIVED_AT.isNotNull())
                .from(REGION)
                .leftJoin(REGION_MEMBERSHIP)
                .on(REGION_MEMBERSHIP.REGION_ID.eq(REGION.ID).and(REGION_MEMBERSHIP.USER_ID.eq(userId)))
                .where(REGION_MEMBERSHIP.USER_ID.isNotNull().or(REGION.ARCHIVED_AT.isNotNull()))
                .forEach(region -> {
                    if (region.value2()) {
                        regionIds.add(region.value1());
                    }
                    if (region.value3()) {
                        archivedRegionIds.add(region.value1());
                    }
                });
        return Optional.of(new Actor(
                userId,
                user.value1(),
                user.value2(),
                user.value3(),
                user.value4(),
                regionIds,
                user.value5(),
                archivedRegionIds));
    }
}
