package nl.geboortezorg.werkplaats.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.documents.internal.DocumentRepository;
import nl.geboortezorg.werkplaats.documents.internal.DocumentStore;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionChoices;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Readership;
import nl.geboortezorg.werkplaats.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Each region's document library. A file is received first (size, type from its content, and a
 * checksum are checked while it streams in), then saved as a document with a title, description
 * and publication level by whoever may write in the region, who may later replace the file by a
 * newer one: the earlier files are kept as numbered versions and stay downloadable. Readers see
 * what their role, region and the document's level allow; the public knowledge base only public
 * documents.
 */
@Service
public class DocumentService {

    static final String DOCUMENT = "document";
    static final String LINK = "document-link";

    private final DocumentRepository documents;
    private final DocumentStore store;
    private final Map<LinkTarget.Type, DocumentLinkPolicy> linkPolicies;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Activities activities;
    private final DataSize maxSize;
    private final RegionChoices regionChoices;

    DocumentService(
            DocumentRepository documents,
            DocumentStore store,
            List<DocumentLinkPolicy> linkPolicies,
            AccessGuard access,
            AuditTrail audit,
            Clock clock,
            @Value("${wsg.documents.max-size}") DataSize maxSize,
            Activities activities,
            RegionChoices regionChoices) {
        this.activities = activities;
        this.regionChoices = regionChoices;
        this.documents = documents;
        this.store = store;
        this.linkPolicies =
                linkPolicies.stream().collect(Collectors.toMap(DocumentLinkPolicy::type, Function.identity()));
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The largest file accepted, as configured. */
    @Transactional(readOnly = true)
    public DataSize maxSize() {
        return maxSize;
    }

    // ---- reading

    @Transactional(readOnly = true)
    public List<Document> find(DocumentFilter filter, int offset, int limit) {
        Actor actor = access.signedIn();
        return documents.find(filter, Readership.of(Optional.of(actor)), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(DocumentFilter filter) {
        Actor actor = access.signedIn();
        return documents.count(filter, Readership.of(Optional.of(actor)));
    }

    /** Public documents, for the knowledge base: anyone may list them. */
    @Transactional(readOnly = true)
    public List<Document> findPublic(String text, int offset, int limit) {
        return documents.find(DocumentFilter.all().containing(text), Readership.publicOnly(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPublic(String text) {
        return documents.count(DocumentFilter.all().containing(text), Readership.publicOnly());
    }

    /** The document, when the current visitor (signed in or not) may read it. */
    @Transactional(readOnly = true)
    public Optional<Document> get(long id) {
        Optional<Actor> actor = access.currentActor();
        return documents.findById(id).filter(d -> d.level().readableBy(actor, d.regionId()));
    }

    /**
     * The document's file (its newest version) under its original name, when the current visitor
     * (signed in or not) may read it; the caller closes the stream.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentDownload> download(long id) {
        return get(id).map(document -> open(
                documents.storageKey(id).orElseThrow(), document.originalName(), document.type(), document.size()));
    }

    /** Every file the document has had, newest first, when the current visitor may read the document. */
    @Transactional(readOnly = true)
    public List<DocumentFileVersion> fileVersions(long id) {
        return get(id).map(document -> documents.fileVersions(id)).orElse(List.of());
    }

    /**
     * One numbered file of the document under its original name, when the current visitor may read
     * the document (checked now, as the file is sent); the caller closes the stream.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentDownload> downloadVersion(long id, int number) {
        return get(id).flatMap(document -> documents.fileVersions(id).stream()
                .filter(file -> file.number() == number)
                .findFirst()
                .map(file -> open(
                        documents.storageKey(id, number).orElseThrow(),
                        file.originalName(),
                        file.type(),
                        file.size())));
    }

    private DocumentDownload open(String key, String fileName, FileType type, long size) {
        try {
            return new DocumentDownload(fileName, type.mediaType(), size, store.open(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regions the signed-in user may add documents to. */
    @Transactional(readOnly = true)
    public List<RegionChoice> regionsToUploadIn() {
        Actor actor = access.signedIn();
        return regionChoices.writableBy(actor);
    }

    /** Whether the signed-in user may upload to any region. */
    private boolean mayUpload() {
        return access.currentActor()
                .map(a -> a.role() != Role.OBSERVER
                        && (a.role() != Role.PROFESSIONAL || !a.regionIds().isEmpty()))
                .orElse(false);
    }

    /** Whether the signed-in user may change or remove the document. */
    @Transactional(readOnly = true)
    public boolean mayChange(Document document) {
        return access.currentActor().map(a -> a.canWriteIn(document.regionId())).orElse(false);
    }

    // ---- uploading

    /**
     * Receives a file: refused before it is kept whole when it passes the size limit, and refused
     * when its content is not one of the allowed types or does not match its name's extension.
     */
    @Transactional(readOnly = true)
    public StagedUpload receive(String originalName, InputStream content) {
        if (!mayUpload()) {
            throw new AccessDeniedException("May not upload documents");
        }
        String name = cleanName(originalName);
        DocumentStore.Staged staged;
        try {
            staged = store.stage(content, maxSize.toBytes());
        } catch (DocumentStore.TooLarge tooLarge) {
            throw new ValidationException(FieldProblem.of("file", "document.file.too-large", maxSize.toMegabytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            FileType type = ContentInspection.inspect(store.staged(staged.key()), name);
            return new StagedUpload(staged.key(), name, type, staged.size(), staged.sha256());
        } catch (IOException | RuntimeException refused) {
            store.discardStaged(staged.key());
            if (refused instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) refused;
        }
    }

    /** Forgets a received file that will not be saved (the user cancelled). */
    @Transactional(readOnly = true)
    public void discard(StagedUpload upload) {
        if (!mayUpload()) {
            throw new AccessDeniedException("May not upload documents");
        }
        store.discardStaged(upload.key());
    }

    /** Saves a received file as a document of the region. */
    @Transactional
    public Document add(long regionId, DocumentDraft draft, StagedUpload upload) {
        Actor actor = access.requireWriteIn(regionId);
        DocumentDraft clean = validated(draft);
        store.keep(upload.key());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(upload.key());
                }
            }
        });
        long id = documents.insert(regionId, clean, upload, actor.id(), clock.instant());
        Map<String, Object> change = describe(regionId, clean);
        change.put("originalName", upload.originalName());
        change.put("type", upload.type().name());
        change.put("size", upload.size());
        change.put("sha256", upload.sha256());
        audit.record(DOCUMENT, id, "create", change);
        Document added = documents.findById(id).orElseThrow();
        activities.record(
                actor,
                ActivityRecord.of(
                        ActivityKind.DOCUMENT_ADDED,
                        ItemType.DOCUMENT,
                        id,
                        regionId,
                        clean.level() == PublicationLevel.REGION ? Audience.REGION : Audience.EVERYONE,
                        clean.title()));
        return added;
    }

    /** Changes title, description or publication level; the file stays. */
    @Transactional
    public Document update(long id, int version, DocumentDraft draft) {
        Document current = documents.findById(id).orElseThrow(() -> new NotFoundException(DOCUMENT, id));
        access.requireWriteIn(current.regionId());
        DocumentDraft clean = validated(draft);
        documents.update(id, version, clean);
        audit.record(DOCUMENT, id, "update", describe(current.regionId(), clean));
        activities.narrow(
                ItemType.DOCUMENT, id, clean.level() == PublicationLevel.REGION ? Audience.REGION : Audience.EVERYONE);
        return documents.findById(id).orElseThrow();
    }

    /**
     * Replaces the document's file by a newer one that was received: it becomes the file the
     * document downloads as, and the next numbered version; the earlier files stay as they were.
     * Title, description, level and links do not change. When someone else changed the document
     * since it was read, nothing is written and the received file is discarded.
     */
    @Transactional
    public Document replaceFile(long id, int version, StagedUpload upload) {
        Document current = documents.findById(id).orElseThrow(() -> new NotFoundException(DOCUMENT, id));
        Actor actor = access.requireWriteIn(current.regionId());
        if (upload.sha256().equals(current.sha256())) {
            throw new ValidationException(FieldProblem.of("file", "document.replace.same-file"));
        }
        int number;
        try {
            number = documents.replaceFile(id, version, upload, actor.id(), clock.instant());
        } catch (ConcurrentEditException stale) {
            store.discardStaged(upload.key());
            throw stale;
        }
        store.keep(upload.key());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(upload.key());
                }
            }
        });
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("regionId", current.regionId());
        change.put("fileVersion", number);
        change.put("originalName", upload.originalName());
        change.put("type", upload.type().name());
        change.put("size", upload.size());
        change.put("sha256", upload.sha256());
        change.put("previousOriginalName", current.originalName());
        change.put("previousSha256", current.sha256());
        audit.record(DOCUMENT, id, "replace-file", change);
        // Who may read the document stays as it was, so its activities keep their audience.
        return documents.findById(id).orElseThrow();
    }

    /** Removes the document, its links and (once that is committed) all its files. */
    @Transactional
    public void remove(long id, int version) {
        Document current = documents.findById(id).orElseThrow(() -> new NotFoundException(DOCUMENT, id));
        access.requireWriteIn(current.regionId());
        List<String> keys = documents.storageKeys(id);
        documents.delete(id, version);
        activities.narrow(ItemType.DOCUMENT, id, Audience.REGION);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(store::delete);
            }
        });
        Map<String, Object> change = describe(
                current.regionId(), new DocumentDraft(current.title(), current.description(), current.level()));
        change.put("originalName", current.originalName());
        change.put("sha256", current.sha256());
        audit.record(DOCUMENT, id, "delete", change);
    }

    private static DocumentDraft validated(DocumentDraft draft) {
        String title = Texts.clean(draft.title());
        String description = Texts.clean(draft.description());
        FieldChecks checks = new FieldChecks()
                .text("title", title, DocumentDraft.TITLE_MAX)
                .maxLength("description", description, DocumentDraft.DESCRIPTION_MAX)
                .required("level", draft.level());
        checks.throwIfAny();
        return new DocumentDraft(Objects.requireNonNull(title, "checked above"), description, draft.level());
    }

    private static Map<String, Object> describe(long regionId, DocumentDraft draft) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("regionId", regionId);
        change.put("title", draft.title());
        change.put("description", draft.description());
        change.put("level", draft.level().name());
        return change;
    }

    /** The name as the download will carry it: no folders, no control characters, at most 255 characters. */
    private static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]", "")
                .strip();
        if (name.isEmpty()) {
            throw new ValidationException(FieldProblem.of("file", "document.file.no-name"));
        }
        if (name.length() > 255) {
            String extension = FileType.extension(name);
            name = name.substring(0, 254 - extension.length()) + "." + extension;
        }
        return name;
    }

    // ---- links

    /** The documents linked to the item that the signed-in user may read. */
    @Transactional(readOnly = true)
    public List<Document> linkedTo(LinkTarget target) {
        Actor actor = access.signedIn();
        return documents.linkedTo(target, Readership.of(Optional.of(actor)));
    }

    /** Whether the signed-in user may link documents to the item. */
    @Transactional(readOnly = true)
    public boolean mayLink(LinkTarget target) {
        return access.currentActor().map(actor -> mayLink(actor, target)).orElse(false);
    }

    private boolean mayLink(Actor actor, LinkTarget target) {
        DocumentLinkPolicy policy = linkPolicies.get(target.type());
        return actor.role() != Role.OBSERVER && policy != null && policy.mayLink(actor, target.id());
    }

    private void requireOpen(Actor actor, LinkTarget target) {
        DocumentLinkPolicy policy = linkPolicies.get(target.type());
        if (policy != null) {
            policy.regionOf(target.id()).ifPresent(actor::requireOpen);
        }
    }

    /** Links a document the user may read to an item they may link to; linking twice changes nothing. */
    @Transactional
    public void link(long documentId, LinkTarget target) {
        Actor actor = access.signedIn();
        requireOpen(actor, target);
        if (!mayLink(actor, target)) {
            throw new AccessDeniedException("May not link documents to " + target);
        }
        Document document = get(documentId).orElseThrow(() -> new NotFoundException(DOCUMENT, documentId));
        if (documents.link(document.id(), target, actor.id(), clock.instant())) {
            audit.record(
                    LINK,
                    documentId,
                    "create",
                    Map.of("targetType", target.type().name(), "targetId", target.id()));
        }
    }

    @Transactional
    public void unlink(long documentId, LinkTarget target) {
        Actor actor = access.signedIn();
        requireOpen(actor, target);
        if (!mayLink(actor, target)) {
            throw new AccessDeniedException("May not unlink documents from " + target);
        }
        if (documents.unlink(documentId, target)) {
            audit.record(
                    LINK,
                    documentId,
                    "delete",
                    Map.of("targetType", target.type().name(), "targetId", target.id()));
        }
    }
}
