package nl.geboortezorg.werkplaats.notifications.internal;

import static nl.geboortezorg.werkplaats.db.Tables.ACTIVITY;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.HOME_VISIT;
import static nl.geboortezorg.werkplaats.db.Tables.ITEM_FOLLOW;
import static nl.geboortezorg.werkplaats.db.Tables.NOTIFICATION;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.notifications.DigestFrequency;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.Notification;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Notifications per user, what users follow, and their e-mail digest. */
@Repository
public class NotificationRepository {

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- notifications

    public List<Notification> mine(long userId, int offset, int limit) {
        return ActivityRepository.selectFrom(dsl, NOTIFICATION.ID, NOTIFICATION.READ_AT)
                .join(NOTIFICATION)
                .on(NOTIFICATION.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(NOTIFICATION.RECIPIENT_ID.eq(userId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(NotificationRepository::notification);
    }

    private static Notification notification(Record r) {
        return new Notification(
                r.get(NOTIFICATION.ID), ActivityRepository.activity(r), r.get(NOTIFICATION.READ_AT) != null);
    }

    /** The notifications that reached the user after the moment (all of them without one), newest first. */
    public List<Notification> since(long userId, @Nullable Instant moment, int limit) {
        return ActivityRepository.selectFrom(dsl, NOTIFICATION.ID, NOTIFICATION.READ_AT)
                .join(NOTIFICATION)
                .on(NOTIFICATION.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(NOTIFICATION.RECIPIENT_ID.eq(userId))
                .and(after(moment))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(NotificationRepository::notification);
    }

    public int countSince(long userId, @Nullable Instant moment) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(userId).and(after(moment)));
    }

    private static org.jooq.Condition after(@Nullable Instant moment) {
        return moment == null ? DSL.trueCondition() : NOTIFICATION.CREATED_AT.gt(moment);
    }

    // ---- visits to the start page

    /** When the user's current visit was last seen and when the previous one began, if they visited before. */
    public Optional<HomeVisit> homeVisit(long userId) {
        return dsl.select(HOME_VISIT.VISITED_AT, HOME_VISIT.PREVIOUS_AT)
                .from(HOME_VISIT)
                .where(HOME_VISIT.USER_ID.eq(userId))
                .forUpdate()
                .fetchOptional(r -> new HomeVisit(r.value1(), r.value2()));
    }

    public void saveHomeVisit(long userId, Instant visitedAt, @Nullable Instant previousAt) {
        dsl.insertInto(HOME_VISIT)
                .set(HOME_VISIT.USER_ID, userId)
                .set(HOME_VISIT.VISITED_AT, visitedAt)
                .set(HOME_VISIT.PREVIOUS_AT, previousAt)
                .onDuplicateKeyUpdate()
                .set(HOME_VISIT.VISITED_AT, visitedAt)
                .set(HOME_VISIT.PREVIOUS_AT, previousAt)
                .execute();
    }

    public int unread(long userId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** The unread counts of the users (those with none are left out), in one query. */
    public Map<Long, Integer> unread(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Field<Integer> count = DSL.count();
        return dsl.select(NOTIFICATION.RECIPIENT_ID, count)
                .from(NOTIFICATION)
                .where(NOTIFICATION.RECIPIENT_ID.in(userIds))
                .and(NOTIFICATION.READ_AT.isNull())
                .groupBy(NOTIFICATION.RECIPIENT_ID)
                .fetchMap(NOTIFICATION.RECIPIENT_ID, count);
    }

    /** Marks one of the user's notifications read; false when it is not theirs. */
    public boolean markRead(long userId, long notificationId, Instant now) {
        return dsl.update(NOTIFICATION)
                                .set(NOTIFICATION.READ_AT, now)
                                .where(NOTIFICATION.ID.eq(notificationId))
                                .and(NOTIFICATION.RECIPIENT_ID.eq(userId))
                                .and(NOTIFICATION.READ_AT.isNull())
                                .execute()
                        == 1
                || dsl.fetchExists(
                        NOTIFICATION, NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.RECIPIENT_ID.eq(userId)));
    }

    public void markAllRead(long userId, Instant now) {
        dsl.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.RECIPIENT_ID.eq(userId))
                .and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    // ---- following

    /** Follows or stops following, whatever the user did before. */
    public void setFollowing(long userId, ItemType type, long itemId, boolean following, Instant now) {
        dsl.insertInto(ITEM_FOLLOW)
                .set(ITEM_FOLLOW.USER_ID, userId)
                .set(ITEM_FOLLOW.ITEM_TYPE, type)
                .set(ITEM_FOLLOW.ITEM_ID, itemId)
                .set(ITEM_FOLLOW.FOLLOWING, following)
                .set(ITEM_FOLLOW.CHANGED_AT, now)
                .onDuplicateKeyUpdate()
                .set(ITEM_FOLLOW.FOLLOWING, following)
                .set(ITEM_FOLLOW.CHANGED_AT, now)
                .execute();
    }

    /** The users start following, except those who said before that they do not; one statement. */
    public void followUnlessUnfollowed(Collection<Long> userIds, ItemType type, long itemId, Instant now) {
        if (userIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                ITEM_FOLLOW,
                ITEM_FOLLOW.USER_ID,
                ITEM_FOLLOW.ITEM_TYPE,
                ITEM_FOLLOW.ITEM_ID,
                ITEM_FOLLOW.FOLLOWING,
                ITEM_FOLLOW.CHANGED_AT);
        for (long userId : userIds) {
            insert = insert.values(userId, type, itemId, true, now);
        }
        insert.onDuplicateKeyIgnore().execute();
    }

    /** True or false when the user said so, empty when they never did. */
    public Optional<Boolean> following(long userId, ItemType type, long itemId) {
        return dsl.select(ITEM_FOLLOW.FOLLOWING)
                .from(ITEM_FOLLOW)
                .where(ITEM_FOLLOW.USER_ID.eq(userId))
                .and(ITEM_FOLLOW.ITEM_TYPE.eq(type))
                .and(ITEM_FOLLOW.ITEM_ID.eq(itemId))
                .fetchOptional(ITEM_FOLLOW.FOLLOWING);
    }

    public Set<Long> followers(ItemType type, long itemId, boolean following) {
        return new HashSet<>(dsl.select(ITEM_FOLLOW.USER_ID)
                .from(ITEM_FOLLOW)
                .where(ITEM_FOLLOW.ITEM_TYPE.eq(type))
                .and(ITEM_FOLLOW.ITEM_ID.eq(itemId))
                .and(ITEM_FOLLOW.FOLLOWING.eq(following))
                .fetch(ITEM_FOLLOW.USER_ID));
    }

    // ---- the e-mail digest

    public DigestFrequency digestFrequency(long userId) {
        return Objects.requireNonNull(
                dsl.select(APP_USER.DIGEST_FREQUENCY)
                        .from(APP_USER)
                        .where(APP_USER.ID.eq(userId))
                        .fetchSingle(APP_USER.DIGEST_FREQUENCY),
                "a not null column");
    }

    public void changeDigestFrequency(long userId, DigestFrequency frequency) {
        dsl.update(APP_USER)
                .set(APP_USER.DIGEST_FREQUENCY, frequency)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    /** Someone who asked for a digest: who, where to, in which language, and when the last one went. */
    public record DigestReader(
            long id,
            String email,
            String displayName,
            Language language,
            DigestFrequency frequency,
            Instant lastSent) {}

    public List<DigestReader> digestReaders() {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.EMAIL,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.LANGUAGE,
                        APP_USER.DIGEST_FREQUENCY,
                        APP_USER.DIGEST_SENT_AT)
                .from(APP_USER)
                .where(APP_USER.DIGEST_FREQUENCY.ne(DigestFrequency.NONE))
                .and(APP_USER.ACTIVE.isTrue())
                .fetch(r -> new DigestReader(
                        r.get(APP_USER.ID),
                        r.get(APP_USER.EMAIL),
                        r.get(APP_USER.DISPLAY_NAME),
                        r.get(APP_USER.LANGUAGE),
                        r.get(APP_USER.DIGEST_FREQUENCY),
                        r.get(APP_USER.DIGEST_SENT_AT)));
    }

    /** The user's unread notifications that no digest has carried yet, oldest first. */
    public List<Notification> notEmailed(long userId, int limit) {
        return ActivityRepository.selectFrom(dsl, NOTIFICATION.ID, NOTIFICATION.READ_AT)
                .join(NOTIFICATION)
                .on(NOTIFICATION.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(NOTIFICATION.RECIPIENT_ID.eq(userId))
                .and(NOTIFICATION.READ_AT.isNull())
                .and(NOTIFICATION.EMAILED_AT.isNull())
                .orderBy(NOTIFICATION.CREATED_AT, NOTIFICATION.ID)
                .limit(limit)
                .fetch(NotificationRepository::notification);
    }

    public void markEmailed(long userId, Collection<Long> notificationIds, Instant now) {
        if (!notificationIds.isEmpty()) {
            dsl.update(NOTIFICATION)
                    .set(NOTIFICATION.EMAILED_AT, now)
                    .where(NOTIFICATION.ID.in(notificationIds))
                    .execute();
        }
        dsl.update(APP_USER)
                .set(APP_USER.DIGEST_SENT_AT, now)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }
}
