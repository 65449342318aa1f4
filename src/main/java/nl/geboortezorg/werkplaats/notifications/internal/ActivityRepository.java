package nl.geboortezorg.werkplaats.notifications.internal;

import static nl.geboortezorg.werkplaats.db.Tables.ACTIVITY;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.NOTIFICATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.notifications.Activity;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Activities, written once, and who they concern. */
@Repository
public class ActivityRepository {

    private final DSLContext dsl;

    ActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(ActivityRecord activity, long actorId, Instant now) {
        return dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.OCCURRED_AT, now)
                .set(ACTIVITY.ACTOR_ID, actorId)
                .set(ACTIVITY.REGION_ID, activity.regionId())
                .set(ACTIVITY.AUDIENCE, activity.audience())
                .set(ACTIVITY.KIND, activity.kind())
                .set(ACTIVITY.ITEM_TYPE, activity.itemType())
                .set(ACTIVITY.ITEM_ID, activity.itemId())
                .set(ACTIVITY.SESSION_ID, activity.sessionId())
                .set(
                        ACTIVITY.TITLE,
                        activity.title().length() > 300 ? activity.title().substring(0, 300) : activity.title())
                .returningResult(ACTIVITY.ID)
                .fetchOptional(ACTIVITY.ID)
                .orElseThrow();
    }

    /** What the actor may read: the same people who may read the item. */
    static Condition visibleTo(Actor actor) {
        return switch (actor.role()) {
            case ADMIN, FACILITATOR -> DSL.trueCondition();
            case PROFESSIONAL ->
                ACTIVITY.AUDIENCE
                        .in(Audience.MEMBERS, Audience.EVERYONE)
                        .or(ACTIVITY.AUDIENCE.eq(Audience.REGION).and(ACTIVITY.REGION_ID.in(actor.regionIds())));
            case OBSERVER -> ACTIVITY.AUDIENCE.eq(Audience.EVERYONE);
        };
    }

    /** The item's activities are read by no more than the audience from now on. */
    public void narrow(ItemType type, long itemId, Audience audience) {
        if (audience == Audience.EVERYONE) {
            return;
        }
        Condition wider = audience == Audience.REGION
                ? ACTIVITY.AUDIENCE.ne(Audience.REGION)
                : ACTIVITY.AUDIENCE.eq(Audience.EVERYONE);
        dsl.update(ACTIVITY)
                .set(ACTIVITY.AUDIENCE, audience)
                .where(ACTIVITY.ITEM_TYPE.eq(type))
                .and(ACTIVITY.ITEM_ID.eq(itemId))
                .and(wider)
                .execute();
    }

    /** A page of the feed, newest first: of one region, or of all when the region is null. */
    public List<Activity> feed(Actor reader, @Nullable Long regionId, int offset, int limit) {
        Condition condition = visibleTo(reader);
        if (regionId != null) {
            condition = condition.and(ACTIVITY.REGION_ID.eq(regionId));
        }
        return select().where(condition)
                .orderBy(ACTIVITY.OCCURRED_AT.desc(), ACTIVITY.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(ActivityRepository::activity);
    }

    /** Activities with the actor's name and the region's, and the further fields asked for. */
    static SelectJoinStep<Record> selectFrom(DSLContext dsl, SelectField<?>... more) {
        return dsl.select(ACTIVITY.fields())
                .select(APP_USER.DISPLAY_NAME, REGION.NAME, REGION.CODE)
                .select(more)
                .from(ACTIVITY)
                .join(APP_USER)
                .on(APP_USER.ID.eq(ACTIVITY.ACTOR_ID))
                .leftJoin(REGION)
                .on(REGION.ID.eq(ACTIVITY.REGION_ID));
    }

    private SelectJoinStep<Record> select() {
        return selectFrom(dsl);
    }

    static Activity activity(Record r) {
        return new Activity(
                r.get(ACTIVITY.ID),
                r.get(ACTIVITY.OCCURRED_AT),
                r.get(APP_USER.DISPLAY_NAME),
                r.get(REGION.NAME),
                r.get(ACTIVITY.KIND),
                r.get(ACTIVITY.ITEM_TYPE),
                r.get(ACTIVITY.ITEM_ID),
                r.get(ACTIVITY.TITLE),
                destination(r));
    }

    /** The page that shows the item: its own, an action's session, or a document's region library. */
    private static Destination destination(Record r) {
        long itemId = r.get(ACTIVITY.ITEM_ID);
        return switch (r.get(ACTIVITY.ITEM_TYPE)) {
            case SESSION -> new Destination.Session(itemId);
            case ACTION -> new Destination.Session(r.get(ACTIVITY.SESSION_ID));
            case BOTTLENECK -> new Destination.Bottleneck(itemId);
            case FACTSHEET -> new Destination.Factsheet(itemId);
            case ANALYSIS -> new Destination.Analysis(itemId);
            case DOCUMENT -> new Destination.Documents(r.get(REGION.CODE), null);
        };
    }

    /** The active professionals who are members of the region. */
    public Set<Long> regionProfessionals(long regionId) {
        return new HashSet<>(dsl.select(APP_USER.ID)
                .from(APP_USER)
                .join(REGION_MEMBERSHIP)
                .on(REGION_MEMBERSHIP.USER_ID.eq(APP_USER.ID))
                .where(REGION_MEMBERSHIP.REGION_ID.eq(regionId))
                .and(APP_USER.ROLE_CODE.eq(Role.PROFESSIONAL))
                .and(APP_USER.ACTIVE.isTrue())
                .fetch(APP_USER.ID));
    }

    public Set<Long> activeFacilitators() {
        return new HashSet<>(dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.ROLE_CODE.eq(Role.FACILITATOR))
                .and(APP_USER.ACTIVE.isTrue())
                .fetch(APP_USER.ID));
    }

    /** Which of the users are active. */
    public Set<Long> active(Collection<Long> userIds) {
        return userIds.isEmpty()
                ? Set.of()
                : new HashSet<>(dsl.select(APP_USER.ID)
                        .from(APP_USER)
                        .where(APP_USER.ID.in(userIds))
                        .and(APP_USER.ACTIVE.isTrue())
                        .fetch(APP_USER.ID));
    }

    /**
     * Which of the users are active and may read an activity with this audience: whoever follows an
     * item still hears nothing of it that they may not read (a draft, another region's work).
     */
    public Set<Long> activeReaders(Collection<Long> userIds, Audience audience, @Nullable Long regionId) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        Condition professional = APP_USER.ROLE_CODE.eq(Role.PROFESSIONAL);
        if (audience == Audience.REGION) {
            professional = regionId == null
                    ? DSL.falseCondition()
                    : professional.and(DSL.exists(DSL.selectOne()
                            .from(REGION_MEMBERSHIP)
                            .where(REGION_MEMBERSHIP.USER_ID.eq(APP_USER.ID))
                            .and(REGION_MEMBERSHIP.REGION_ID.eq(regionId))));
        }
        Condition readers = APP_USER.ROLE_CODE.in(Role.ADMIN, Role.FACILITATOR).or(professional);
        if (audience == Audience.EVERYONE) {
            readers = readers.or(APP_USER.ROLE_CODE.eq(Role.OBSERVER));
        }
        return new HashSet<>(dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.ID.in(userIds))
                .and(APP_USER.ACTIVE.isTrue())
                .and(readers)
                .fetch(APP_USER.ID));
    }

    public void notify(Collection<Long> recipients, long activityId, Instant now) {
        var insert = dsl.insertInto(
                NOTIFICATION, NOTIFICATION.RECIPIENT_ID, NOTIFICATION.ACTIVITY_ID, NOTIFICATION.CREATED_AT);
        for (long recipient : recipients) {
            insert = insert.values(recipient, activityId, now);
        }
        if (!recipients.isEmpty()) {
            insert.execute();
        }
    }
}
