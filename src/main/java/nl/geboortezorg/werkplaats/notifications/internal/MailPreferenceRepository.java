package nl.geboortezorg.werkplaats.notifications.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.CALENDAR_FEED;
import static nl.geboortezorg.werkplaats.db.Tables.MAIL_OPT_OUT;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailRecipient;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Which kinds of mail each person switched off, and their calendar feed addresses (as hashes). */
@Repository
public class MailPreferenceRepository {

    private final DSLContext dsl;

    MailPreferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Set<MailKind> optedOut(long userId) {
        EnumSet<MailKind> kinds = EnumSet.noneOf(MailKind.class);
        kinds.addAll(dsl.select(MAIL_OPT_OUT.KIND)
                .from(MAIL_OPT_OUT)
                .where(MAIL_OPT_OUT.USER_ID.eq(userId))
                .fetch(MAIL_OPT_OUT.KIND));
        return kinds;
    }

    public void receive(long userId, MailKind kind, boolean receive) {
        if (receive) {
            dsl.deleteFrom(MAIL_OPT_OUT)
                    .where(MAIL_OPT_OUT.USER_ID.eq(userId).and(MAIL_OPT_OUT.KIND.eq(kind)))
                    .execute();
        } else {
            dsl.insertInto(MAIL_OPT_OUT)
                    .set(MAIL_OPT_OUT.USER_ID, userId)
                    .set(MAIL_OPT_OUT.KIND, kind)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    /** The active users among these who receive this kind of mail. */
    public List<MailRecipient> receiving(Collection<Long> userIds, MailKind kind) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LANGUAGE)
                .from(APP_USER)
                .where(APP_USER.ID.in(userIds))
                .and(APP_USER.ACTIVE.isTrue())
                .andNotExists(DSL.selectOne()
                        .from(MAIL_OPT_OUT)
                        .where(MAIL_OPT_OUT.USER_ID.eq(APP_USER.ID))
                        .and(MAIL_OPT_OUT.KIND.eq(kind)))
                .orderBy(APP_USER.ID)
                .fetch(r -> new MailRecipient(
                        r.get(APP_USER.ID),
                        r.get(APP_USER.EMAIL),
                        r.get(APP_USER.DISPLAY_NAME),
                        r.get(APP_USER.LANGUAGE)));
    }

    /** Replaces the user's feed address: the previous one stops working. */
    public void replaceFeed(long userId, String tokenHash, Instant now) {
        dsl.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.USER_ID, userId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, now)
                .execute();
    }

    public void removeFeed(long userId) {
        dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId)).execute();
    }

    public Optional<Instant> feedCreatedAt(long userId) {
        return dsl.select(CALENDAR_FEED.CREATED_AT)
                .from(CALENDAR_FEED)
                .where(CALENDAR_FEED.USER_ID.eq(userId))
                .fetchOptional(CALENDAR_FEED.CREATED_AT);
    }

    /** The active user whose feed address has this hash. */
    public Optional<Long> feedOwner(String tokenHash) {
        return dsl.select(CALENDAR_FEED.USER_ID)
                .from(CALENDAR_FEED)
                .join(APP_USER)
                .on(APP_USER.ID.eq(CALENDAR_FEED.USER_ID))
                .where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .and(APP_USER.ACTIVE.isTrue())
                .fetchOptional(CALENDAR_FEED.USER_ID);
    }
}
