package nl.geboortezorg.werkplaats.drafts.internal;

import static nl.geboortezorg.werkplaats.db.Tables.DRAFT_TEXT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geboortezorg.werkplaats.drafts.Draft;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftSummary;
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

    /** The writer's drafts, one per form and item, the latest kept first, with the start of the longest field. */
    public List<DraftSummary> summaries(long userId, int limit) {
        Map<DraftKey, DraftSummary> byKey = new LinkedHashMap<>();
        dsl.select(DRAFT_TEXT.FORM, DRAFT_TEXT.ITEM, DRAFT_TEXT.CONTENT, DRAFT_TEXT.SAVED_AT)
                .from(DRAFT_TEXT)
                .where(DRAFT_TEXT.USER_ID.eq(userId))
                .orderBy(DRAFT_TEXT.SAVED_AT.desc(), DRAFT_TEXT.FORM, DRAFT_TEXT.ITEM)
                .forEach(row -> {
                    DraftForm form;
                    try {
                        form = DraftForm.valueOf(row.value1());
                    } catch (IllegalArgumentException gone) {
                        return; // a form no longer offered keeps no draft worth showing
                    }
                    DraftKey key = new DraftKey(form, row.value2());
                    String text = row.value3().strip();
                    DraftSummary known = byKey.get(key);
                    if (known == null) {
                        byKey.put(key, new DraftSummary(key, row.value4(), preview(text)));
                    } else if (text.length() > known.preview().length()) {
                        byKey.put(key, new DraftSummary(key, known.savedAt(), preview(text)));
                    }
                });
        return byKey.values().stream().limit(limit).toList();
    }

    private static String preview(String text) {
        return text.length() <= DraftSummary.PREVIEW_MAX ? text : text.substring(0, DraftSummary.PREVIEW_MAX - 1) + "…";
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
