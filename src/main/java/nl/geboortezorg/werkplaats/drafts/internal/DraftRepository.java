package nl.geboortezorg.werkplaats.drafts.internal;

import static nl.geboortezorg.werkplaats.db.Tables.DRAFT_TEXT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.geboortezorg.werkplaats.drafts.Draft;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Result;
import org.springframework.stereotype.Repository;

/** The draft texts, one row per field, always read and written for one writer. */
@Repository
public class DraftRepository {

    private final DSLContext dsl;

    DraftRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces the writer's draft of this form by these fields (none: the draft is gone). */
    public void replace(long userId, DraftKey key, Map<String, String> fields, Instant now) {
        dsl.deleteFrom(DRAFT_TEXT)
                .where(of(userId, key))
                .and(DRAFT_TEXT.FIELD.notIn(fields.keySet()))
                .execute();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            dsl.insertInto(DRAFT_TEXT)
                    .set(DRAFT_TEXT.USER_ID, userId)
                    .set(DRAFT_TEXT.FORM, key.form().name())
                    .set(DRAFT_TEXT.ITEM, key.item())
                    .set(DRAFT_TEXT.FIELD, field.getKey())
                    .set(DRAFT_TEXT.CONTENT, field.getValue())
                    .set(DRAFT_TEXT.SAVED_AT, now)
                    .onDuplicateKeyUpdate()
                    .set(DRAFT_TEXT.CONTENT, field.getValue())
                    .set(DRAFT_TEXT.SAVED_AT, now)
                    .execute();
        }
    }

    public Optional<Draft> find(long userId, DraftKey key) {
        Result<Record3<String, String, Instant>> rows = dsl.select(
                        DRAFT_TEXT.FIELD, DRAFT_TEXT.CONTENT, DRAFT_TEXT.SAVED_AT)
                .from(DRAFT_TEXT)
                .where(of(userId, key))
                .orderBy(DRAFT_TEXT.FIELD)
                .fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Instant savedAt = Instant.MIN;
        for (Record3<String, String, Instant> row : rows) {
            fields.put(row.value1(), row.value2());
            savedAt = row.value3().isAfter(savedAt) ? row.value3() : savedAt;
        }
        return Optional.of(new Draft(fields, savedAt));
    }

    public void delete(long userId, DraftKey key) {
        dsl.deleteFrom(DRAFT_TEXT).where(of(userId, key)).execute();
    }

    /** Removes every draft last kept before this moment; returns how many fields went. */
    public int deleteKeptBefore(Instant moment) {
        return dsl.deleteFrom(DRAFT_TEXT).where(DRAFT_TEXT.SAVED_AT.lt(moment)).execute();
    }

    private static Condition of(long userId, DraftKey key) {
        return DRAFT_TEXT
                .USER_ID
                .eq(userId)
                .and(DRAFT_TEXT.FORM.eq(key.form().name()))
                .and(DRAFT_TEXT.ITEM.eq(key.item()));
    }
}
