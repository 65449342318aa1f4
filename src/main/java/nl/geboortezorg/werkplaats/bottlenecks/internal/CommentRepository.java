package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT_REVISION;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.CommentRevision;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Comments on bottlenecks; hidden with a reason, edited with their earlier versions kept, never deleted. */
@Repository
public class CommentRepository {

    private static final AppUser AUTHOR = APP_USER.as("author");
    private static final AppUser HIDER = APP_USER.as("hider");
    private static final AppUser EDITOR = APP_USER.as("editor");

    private final DSLContext dsl;

    CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The comments in the order they were written, with their earlier versions; hidden bodies (and
     * the earlier versions of hidden comments) only when asked for. Nobody may edit them yet: the
     * service decides that per reader.
     */
    public List<Comment> of(long bottleneckId, boolean withHiddenBodies) {
        return select(BOTTLENECK_COMMENT.BOTTLENECK_ID.eq(bottleneckId), withHiddenBodies);
    }

    public Optional<Comment> findById(long id) {
        return select(BOTTLENECK_COMMENT.ID.eq(id), true).stream().findFirst();
    }

    private List<Comment> select(Condition condition, boolean withHiddenBodies) {
        List<Record> rows = dsl.select(BOTTLENECK_COMMENT.fields())
                .select(AUTHOR.DISPLAY_NAME, HIDER.DISPLAY_NAME, EDITOR.DISPLAY_NAME)
                .from(BOTTLENECK_COMMENT)
                .join(AUTHOR)
                .on(AUTHOR.ID.eq(BOTTLENECK_COMMENT.AUTHOR_ID))
                .leftJoin(HIDER)
                .on(HIDER.ID.eq(BOTTLENECK_COMMENT.HIDDEN_BY))
                .leftJoin(EDITOR)
                .on(EDITOR.ID.eq(BOTTLENECK_COMMENT.EDITED_BY))
                .where(condition)
                .orderBy(BOTTLENECK_COMMENT.CREATED_AT, BOTTLENECK_COMMENT.ID)
                .fetch();
        List<Long> edited = rows.stream()
                .filter(r -> r.get(BOTTLENECK_COMMENT.EDITED_AT) != null)
                .map(r -> r.get(BOTTLENECK_COMMENT.ID))
                .toList();
        Map<Long, List<CommentRevision>> revisions = revisionsOf(edited);
        return rows.stream()
                .map(r ->
                        toComment(r, withHiddenBodies, revisions.getOrDefault(r.get(BOTTLENECK_COMMENT.ID), List.of())))
                .toList();
    }

    private Map<Long, List<CommentRevision>> revisionsOf(List<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return dsl
                .select(
                        BOTTLENECK_COMMENT_REVISION.COMMENT_ID,
                        BOTTLENECK_COMMENT_REVISION.ID,
                        BOTTLENECK_COMMENT_REVISION.PREVIOUS_BODY,
                        APP_USER.DISPLAY_NAME,
                        BOTTLENECK_COMMENT_REVISION.EDITED_AT,
                        BOTTLENECK_COMMENT_REVISION.REASON)
                .from(BOTTLENECK_COMMENT_REVISION)
                .join(APP_USER)
                .on(APP_USER.ID.eq(BOTTLENECK_COMMENT_REVISION.EDITED_BY))
                .where(BOTTLENECK_COMMENT_REVISION.COMMENT_ID.in(commentIds))
                .orderBy(BOTTLENECK_COMMENT_REVISION.EDITED_AT, BOTTLENECK_COMMENT_REVISION.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(),
                        Collectors.mapping(
                                r -> new CommentRevision(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()),
                                Collectors.toList())));
    }

    private static Comment toComment(Record r, boolean withHiddenBodies, List<CommentRevision> revisions) {
        boolean hidden = r.get(BOTTLENECK_COMMENT.HIDDEN_AT) != null;
        boolean edited = r.get(BOTTLENECK_COMMENT.EDITED_AT) != null;
        boolean readable = !hidden || withHiddenBodies;
        return new Comment(
                r.get(BOTTLENECK_COMMENT.ID),
                r.get(BOTTLENECK_COMMENT.BOTTLENECK_ID),
                r.get(BOTTLENECK_COMMENT.AUTHOR_ID),
                r.get(AUTHOR.DISPLAY_NAME),
                readable ? r.get(BOTTLENECK_COMMENT.BODY) : null,
                r.get(BOTTLENECK_COMMENT.CREATED_AT),
                hidden,
                hidden ? r.get(HIDER.DISPLAY_NAME) : null,
                hidden ? r.get(BOTTLENECK_COMMENT.HIDDEN_AT) : null,
                hidden && withHiddenBodies ? r.get(BOTTLENECK_COMMENT.HIDDEN_REASON) : null,
                edited ? r.get(BOTTLENECK_COMMENT.EDITED_AT) : null,
                edited ? r.get(EDITOR.DISPLAY_NAME) : null,
                edited && readable ? r.get(BOTTLENECK_COMMENT.EDIT_REASON) : null,
                readable ? revisions : List.of(),
                false,
                r.get(BOTTLENECK_COMMENT.VERSION));
    }

    public long insert(long bottleneckId, String body, long authorId, Instant now) {
        return dsl.insertInto(BOTTLENECK_COMMENT)
                .set(BOTTLENECK_COMMENT.BOTTLENECK_ID, bottleneckId)
                .set(BOTTLENECK_COMMENT.AUTHOR_ID, authorId)
                .set(BOTTLENECK_COMMENT.BODY, body)
                .set(BOTTLENECK_COMMENT.CREATED_AT, now)
                .returning(BOTTLENECK_COMMENT.ID)
                .fetchOptional(BOTTLENECK_COMMENT.ID)
                .orElseThrow();
    }

    /** Hides (reason set) or shows again (reason null). */
    public void setHidden(long id, int version, @Nullable String reason, long moderatorId, Instant now) {
        boolean hide = reason != null;
        VersionedUpdate.of(dsl, BOTTLENECK_COMMENT, id, version)
                .set(BOTTLENECK_COMMENT.HIDDEN_AT, hide ? now : null)
                .set(BOTTLENECK_COMMENT.HIDDEN_BY, hide ? moderatorId : null)
                .set(BOTTLENECK_COMMENT.HIDDEN_REASON, reason)
                .execute();
    }

    /**
     * Replaces the comment's text, if the version is still the one read, and keeps the text it
     * replaces as an earlier version.
     */
    public void edit(
            long id,
            int version,
            String previousBody,
            String body,
            @Nullable String reason,
            long editorId,
            Instant now) {
        VersionedUpdate.of(dsl, BOTTLENECK_COMMENT, id, version)
                .set(BOTTLENECK_COMMENT.BODY, body)
                .set(BOTTLENECK_COMMENT.EDITED_AT, now)
                .set(BOTTLENECK_COMMENT.EDITED_BY, editorId)
                .set(BOTTLENECK_COMMENT.EDIT_REASON, reason)
                .execute();
        dsl.insertInto(BOTTLENECK_COMMENT_REVISION)
                .set(BOTTLENECK_COMMENT_REVISION.COMMENT_ID, id)
                .set(BOTTLENECK_COMMENT_REVISION.PREVIOUS_BODY, previousBody)
                .set(BOTTLENECK_COMMENT_REVISION.EDITED_BY, editorId)
                .set(BOTTLENECK_COMMENT_REVISION.EDITED_AT, now)
                .set(BOTTLENECK_COMMENT_REVISION.REASON, reason)
                .execute();
    }

    /** Moves a merged bottleneck's comments to the one it was merged into; returns how many. */
    public int move(long fromBottleneckId, long toBottleneckId) {
        return dsl.update(BOTTLENECK_COMMENT)
                .set(BOTTLENECK_COMMENT.BOTTLENECK_ID, toBottleneckId)
                .where(BOTTLENECK_COMMENT.BOTTLENECK_ID.eq(fromBottleneckId))
                .execute();
    }
}
