package nl.geboortezorg.werkplaats.users.internal;

import static nl.geboortezorg.werkplaats.db.Tables.ACCOUNT_LINK;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.users.AccountLinkKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Single-use links, found and spent by the hash of their token only. */
@Repository
public class AccountLinkRepository {

    /** A link with the account it belongs to. */
    public record LinkRow(
            long userId,
            AccountLinkKind kind,
            @Nullable String newEmail,
            Instant expiresAt,
            @Nullable Instant usedAt,
            @Nullable Instant revokedAt,
            String email,
            String displayName,
            Language language,
            boolean active) {}

    private final DSLContext dsl;

    AccountLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(
            long userId,
            AccountLinkKind kind,
            String tokenHash,
            @Nullable String newEmail,
            Instant createdAt,
            Instant expiresAt) {
        dsl.insertInto(ACCOUNT_LINK)
                .set(ACCOUNT_LINK.USER_ID, userId)
                .set(ACCOUNT_LINK.KIND, kind)
                .set(ACCOUNT_LINK.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_LINK.NEW_EMAIL, newEmail)
                .set(ACCOUNT_LINK.CREATED_AT, createdAt)
                .set(ACCOUNT_LINK.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** Every open link of these kinds of the account stops working. */
    public void revokeOpen(long userId, Collection<AccountLinkKind> kinds, Instant now) {
        dsl.update(ACCOUNT_LINK)
                .set(ACCOUNT_LINK.REVOKED_AT, now)
                .where(ACCOUNT_LINK.USER_ID.eq(userId))
                .and(ACCOUNT_LINK.KIND.in(kinds))
                .and(ACCOUNT_LINK.USED_AT.isNull())
                .and(ACCOUNT_LINK.REVOKED_AT.isNull())
                .execute();
    }

    public Optional<LinkRow> find(String tokenHash) {
        return dsl.select(
                        ACCOUNT_LINK.USER_ID,
                        ACCOUNT_LINK.KIND,
                        ACCOUNT_LINK.NEW_EMAIL,
                        ACCOUNT_LINK.EXPIRES_AT,
                        ACCOUNT_LINK.USED_AT,
                        ACCOUNT_LINK.REVOKED_AT,
                        APP_USER.EMAIL,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.LANGUAGE,
                        APP_USER.ACTIVE)
                .from(ACCOUNT_LINK)
                .join(APP_USER)
                .on(APP_USER.ID.eq(ACCOUNT_LINK.USER_ID))
                .where(ACCOUNT_LINK.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> new LinkRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10()));
    }

    /**
     * Spends the link in one conditional update: only while it is of one of the kinds, unused, not
     * replaced, not expired and its account active. Of two uses at once, one changes the row and
     * the other finds it spent; answers whether this one did.
     */
    public boolean spend(String tokenHash, Collection<AccountLinkKind> kinds, Instant now) {
        return dsl.update(ACCOUNT_LINK)
                        .set(ACCOUNT_LINK.USED_AT, now)
                        .where(ACCOUNT_LINK.TOKEN_HASH.eq(tokenHash))
                        .and(ACCOUNT_LINK.KIND.in(kinds))
                        .and(ACCOUNT_LINK.USED_AT.isNull())
                        .and(ACCOUNT_LINK.REVOKED_AT.isNull())
                        .and(ACCOUNT_LINK.EXPIRES_AT.gt(now))
                        .and(DSL.exists(DSL.selectOne()
                                .from(APP_USER)
                                .where(APP_USER.ID.eq(ACCOUNT_LINK.USER_ID))
                                .and(APP_USER.ACTIVE.isTrue())))
                        .execute()
                == 1;
    }
}
