package nl.geboortezorg.werkplaats.sessions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_INVITEE;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.time.Instant;
import java.util.List;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The sessions a person's calendar feed shows: those they are invited to and may still see. */
@Repository
public class SessionCalendarRepository {

    private final DSLContext dsl;

    SessionCalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One session as a calendar shows it. */
    public record FeedSession(
            long id,
            String title,
            Instant startsAt,
            Instant endsAt,
            @Nullable String location,
            @Nullable String onlineLink,
            int sequence,
            SessionState state) {}

    /**
     * Sessions from {@code from} on that the user is invited to, checked afresh: a professional
     * must still belong to a regional session's region; observers see no planned sessions.
     */
    public List<FeedSession> invited(long userId, Instant from) {
        return dsl.select(
                        WORK_SESSION.ID,
                        WORK_SESSION.TITLE,
                        WORK_SESSION.STARTS_AT,
                        WORK_SESSION.ENDS_AT,
                        WORK_SESSION.LOCATION,
                        WORK_SESSION.ONLINE_LINK,
                        WORK_SESSION.CALENDAR_SEQUENCE,
                        WORK_SESSION.STATE)
                .from(WORK_SESSION)
                .join(SESSION_INVITEE)
                .on(SESSION_INVITEE.SESSION_ID.eq(WORK_SESSION.ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(SESSION_INVITEE.USER_ID))
                .where(SESSION_INVITEE.USER_ID.eq(userId))
                .and(APP_USER.ACTIVE.isTrue())
                .and(WORK_SESSION.ENDS_AT.ge(from))
                .and(APP_USER.ROLE_CODE
                        .in(Role.ADMIN, Role.FACILITATOR)
                        .or(APP_USER.ROLE_CODE
                                .eq(Role.PROFESSIONAL)
                                .and(WORK_SESSION
                                        .REGION_ID
                                        .isNull()
                                        .orExists(DSL.selectOne()
                                                .from(REGION_MEMBERSHIP)
                                                .where(REGION_MEMBERSHIP.USER_ID.eq(userId))
                                                .and(REGION_MEMBERSHIP.REGION_ID.eq(WORK_SESSION.REGION_ID))))))
                .orderBy(WORK_SESSION.STARTS_AT, WORK_SESSION.ID)
                .fetch(r -> new FeedSession(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8()));
    }
}
