package nl.geboortezorg.werkplaats.documents.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.DOCUMENT;
import static nl.geboortezorg.werkplaats.db.Tables.DOCUMENT_FILE;
import static nl.geboortezorg.werkplaats.db.Tables.DOCUMENT_LINK;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDraft;
import nl.geboortezorg.werkplaats.documents.DocumentFileVersion;
import nl.geboortezorg.werkplaats.documents.DocumentFilter;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.documents.StagedUpload;
import nl.geboortezorg.werkplaats.security.Readership;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Documents' metadata and their links; the files themselves are in the {@link DocumentStore}. */
@Repository
public class DocumentRepository {

    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A page of documents the reader may read (checked in the query), newest first. */
    public List<Document> find(DocumentFilter filter, Readership readership, int offset, int limit) {
        return select().where(conditions(filter, readership))
                .orderBy(DOCUMENT.UPLOADED_AT.desc(), DOCUMENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(DocumentRepository::document);
    }

    public int count(DocumentFilter filter, Readership readership) {
        return dsl.fetchCount(DOCUMENT, conditions(filter, readership));
    }

    private static Condition conditions(DocumentFilter filter, Readership readership) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(readable(readership));
        if (filter.regionId() != null) {
            conditions.add(DOCUMENT.REGION_ID.eq(filter.regionId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + Texts.escapeLike(filter.text().strip(), '!') + "%";
            conditions.add(DOCUMENT.TITLE
                    .like(pattern, '!')
                    .or(DOCUMENT.DESCRIPTION.like(pattern, '!'))
                    .or(DOCUMENT.ORIGINAL_NAME.like(pattern, '!')));
        }
        return DSL.and(conditions);
    }

    static Condition readable(Readership readership) {
        if (readership.everything()) {
            return DSL.trueCondition();
        }
        Condition levels = readership.levels().isEmpty()
                ? DSL.falseCondition()
                : DOCUMENT.PUBLICATION_LEVEL.in(readership.levels());
        return readership.regionIds().isEmpty() ? levels : levels.or(DOCUMENT.REGION_ID.in(readership.regionIds()));
    }

    public Optional<Document> findById(long id) {
        return select().where(DOCUMENT.ID.eq(id)).fetchOptional(DocumentRepository::document);
    }

    /** The storage key of a document's file. */
    public Optional<String> storageKey(long id) {
        return dsl.select(DOCUMENT.STORAGE_KEY)
                .from(DOCUMENT)
                .where(DOCUMENT.ID.eq(id))
                .fetchOptional(DOCUMENT.STORAGE_KEY);
    }

    /** Saves a new document with its file as version 1. */
    public long insert(long regionId, DocumentDraft draft, StagedUpload upload, long userId, Instant now) {
        long id = dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.REGION_ID, regionId)
                .set(DOCUMENT.TITLE, draft.title())
                .set(DOCUMENT.DESCRIPTION, draft.description())
                .set(DOCUMENT.PUBLICATION_LEVEL, draft.level())
                .set(DOCUMENT.ORIGINAL_NAME, upload.originalName())
                .set(DOCUMENT.FILE_TYPE, upload.type())
                .set(DOCUMENT.SIZE_BYTES, upload.size())
                .set(DOCUMENT.SHA256, upload.sha256())
                .set(DOCUMENT.STORAGE_KEY, upload.key())
                .set(DOCUMENT.UPLOADED_BY, userId)
                .set(DOCUMENT.UPLOADED_AT, now)
                .returning(DOCUMENT.ID)
                .fetchOptional(DOCUMENT.ID)
                .orElseThrow();
        insertFile(id, 1, upload, userId, now);
        return id;
    }

    /**
     * Makes the received file the document's current one, while the document is still at the
     * version the user read, and adds it as the next numbered version; the earlier ones stay.
     * Returns the new file's number.
     */
    public int replaceFile(long id, int version, StagedUpload upload, long userId, Instant now) {
        // The versioned update locks the document's row first, so two replacements cannot both
        // take the same next number.
        VersionedUpdate.of(dsl, DOCUMENT, id, version)
                .set(DOCUMENT.ORIGINAL_NAME, upload.originalName())
                .set(DOCUMENT.FILE_TYPE, upload.type())
                .set(DOCUMENT.SIZE_BYTES, upload.size())
                .set(DOCUMENT.SHA256, upload.sha256())
                .set(DOCUMENT.STORAGE_KEY, upload.key())
                .execute();
        Integer last = dsl.select(DSL.max(DOCUMENT_FILE.NUMBER))
                .from(DOCUMENT_FILE)
                .where(DOCUMENT_FILE.DOCUMENT_ID.eq(id))
                .fetchOne(0, Integer.class);
        int number = (last == null ? 0 : last) + 1;
        insertFile(id, number, upload, userId, now);
        return number;
    }

    private void insertFile(long documentId, int number, StagedUpload upload, long userId, Instant now) {
        dsl.insertInto(DOCUMENT_FILE)
                .set(DOCUMENT_FILE.DOCUMENT_ID, documentId)
                .set(DOCUMENT_FILE.NUMBER, number)
                .set(DOCUMENT_FILE.ORIGINAL_NAME, upload.originalName())
                .set(DOCUMENT_FILE.FILE_TYPE, upload.type())
                .set(DOCUMENT_FILE.SIZE_BYTES, upload.size())
                .set(DOCUMENT_FILE.SHA256, upload.sha256())
                .set(DOCUMENT_FILE.STORAGE_KEY, upload.key())
                .set(DOCUMENT_FILE.UPLOADED_BY, userId)
                .set(DOCUMENT_FILE.UPLOADED_AT, now)
                .execute();
    }

    /** Every file the document has had, newest first. */
    public List<DocumentFileVersion> fileVersions(long id) {
        return dsl.select(DOCUMENT_FILE.fields())
                .select(APP_USER.DISPLAY_NAME)
                .from(DOCUMENT_FILE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(DOCUMENT_FILE.UPLOADED_BY))
                .where(DOCUMENT_FILE.DOCUMENT_ID.eq(id))
                .orderBy(DOCUMENT_FILE.NUMBER.desc())
                .fetch(r -> new DocumentFileVersion(
                        r.get(DOCUMENT_FILE.DOCUMENT_ID),
                        r.get(DOCUMENT_FILE.NUMBER),
                        r.get(DOCUMENT_FILE.ORIGINAL_NAME),
                        r.get(DOCUMENT_FILE.FILE_TYPE),
                        r.get(DOCUMENT_FILE.SIZE_BYTES),
                        r.get(DOCUMENT_FILE.SHA256),
                        r.get(APP_USER.DISPLAY_NAME),
                        r.get(DOCUMENT_FILE.UPLOADED_AT)));
    }

    /** The storage key of one numbered file of the document. */
    public Optional<String> storageKey(long id, int number) {
        return dsl.select(DOCUMENT_FILE.STORAGE_KEY)
                .from(DOCUMENT_FILE)
                .where(DOCUMENT_FILE.DOCUMENT_ID.eq(id))
                .and(DOCUMENT_FILE.NUMBER.eq(number))
                .fetchOptional(DOCUMENT_FILE.STORAGE_KEY);
    }

    /** The storage keys of every file the document has had, the current one included. */
    public List<String> storageKeys(long id) {
        return dsl.select(DOCUMENT.STORAGE_KEY)
                .from(DOCUMENT)
                .where(DOCUMENT.ID.eq(id))
                .union(dsl.select(DOCUMENT_FILE.STORAGE_KEY)
                        .from(DOCUMENT_FILE)
                        .where(DOCUMENT_FILE.DOCUMENT_ID.eq(id)))
                .fetch(0, String.class);
    }

    public void update(long id, int version, DocumentDraft draft) {
        VersionedUpdate.of(dsl, DOCUMENT, id, version)
                .set(DOCUMENT.TITLE, draft.title())
                .set(DOCUMENT.DESCRIPTION, draft.description())
                .set(DOCUMENT.PUBLICATION_LEVEL, draft.level())
                .execute();
    }

    /** Removes the document and (by cascade) its links and its files' versions. */
    public void delete(long id, int version) {
        VersionedUpdate.delete(dsl, DOCUMENT, id, version);
    }

    // ---- links

    /** The documents linked to the item that the reader may read, newest first. */
    public List<Document> linkedTo(LinkTarget target, Readership readership) {
        return select().join(DOCUMENT_LINK)
                .on(DOCUMENT_LINK.DOCUMENT_ID.eq(DOCUMENT.ID))
                .where(DOCUMENT_LINK.TARGET_TYPE.eq(target.type()))
                .and(DOCUMENT_LINK.TARGET_ID.eq(target.id()))
                .and(readable(readership))
                .orderBy(DOCUMENT_LINK.LINKED_AT.desc(), DOCUMENT.ID.desc())
                .fetch(DocumentRepository::document);
    }

    /** Links the document to the item; false when it already was. */
    public boolean link(long documentId, LinkTarget target, long userId, Instant now) {
        return dsl.insertInto(DOCUMENT_LINK)
                        .set(DOCUMENT_LINK.DOCUMENT_ID, documentId)
                        .set(DOCUMENT_LINK.TARGET_TYPE, target.type())
                        .set(DOCUMENT_LINK.TARGET_ID, target.id())
                        .set(DOCUMENT_LINK.LINKED_BY, userId)
                        .set(DOCUMENT_LINK.LINKED_AT, now)
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }

    /** Removes every link to the item; returns the documents that were linked. */
    public List<Long> unlinkAll(LinkTarget target) {
        List<Long> linked = dsl.select(DOCUMENT_LINK.DOCUMENT_ID)
                .from(DOCUMENT_LINK)
                .where(DOCUMENT_LINK.TARGET_TYPE.eq(target.type()))
                .and(DOCUMENT_LINK.TARGET_ID.eq(target.id()))
                .orderBy(DOCUMENT_LINK.DOCUMENT_ID)
                .fetch(DOCUMENT_LINK.DOCUMENT_ID);
        dsl.deleteFrom(DOCUMENT_LINK)
                .where(DOCUMENT_LINK.TARGET_TYPE.eq(target.type()))
                .and(DOCUMENT_LINK.TARGET_ID.eq(target.id()))
                .execute();
        return linked;
    }

    public boolean unlink(long documentId, LinkTarget target) {
        return dsl.deleteFrom(DOCUMENT_LINK)
                        .where(DOCUMENT_LINK.DOCUMENT_ID.eq(documentId))
                        .and(DOCUMENT_LINK.TARGET_TYPE.eq(target.type()))
                        .and(DOCUMENT_LINK.TARGET_ID.eq(target.id()))
                        .execute()
                == 1;
    }

    // ---- mapping

    private SelectOnConditionStep<Record> select() {
        return dsl.select(DOCUMENT.fields())
                .select(REGION.CODE, REGION.NAME, APP_USER.DISPLAY_NAME)
                .from(DOCUMENT)
                .join(REGION)
                .on(REGION.ID.eq(DOCUMENT.REGION_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(DOCUMENT.UPLOADED_BY));
    }

    private static Document document(Record r) {
        return new Document(
                r.get(DOCUMENT.ID),
                r.get(DOCUMENT.REGION_ID),
                r.get(REGION.CODE),
                r.get(REGION.NAME),
                r.get(DOCUMENT.TITLE),
                r.get(DOCUMENT.DESCRIPTION),
                r.get(DOCUMENT.PUBLICATION_LEVEL),
                r.get(DOCUMENT.ORIGINAL_NAME),
                r.get(DOCUMENT.FILE_TYPE),
                r.get(DOCUMENT.SIZE_BYTES),
                r.get(DOCUMENT.SHA256),
                r.get(APP_USER.DISPLAY_NAME),
                r.get(DOCUMENT.UPLOADED_AT),
                r.get(DOCUMENT.VERSION));
    }
}
