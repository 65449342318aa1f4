package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Comments on bottlenecks; hidden with a reason, never deleted. */
@Repository
public class CommentRepository {

    private static final AppUser AUTHOR = APP_USER.as("author");
    private static final AppUser HIDER = APP_USER.as("hider");

    private final DSLContext dsl;

    CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The comments in the order they were written; hidden bodies only when asked for. */
    public List<Comment> of(long bottleneckId, boolean withHiddenBodies) {
        return select(BOTTLENECK_COMMENT.BOTTLENECK_ID.eq(bottleneckId), withHiddenBodies);
    }

    public Optional<Comment> findById(long id) {
        return select(BOTTLENECK_COMMENT.ID.eq(id), true).stream().findFirst();
    }

    private List<Comment> select(Condition condition, boolean withHiddenBodies) {
        return dsl.select(BOTTLENECK_COMMENT.fields())
                .select(AUTHOR.DISPLAY_NAME, HIDER.DISPLAY_NAME)
                .from(BOTTLENECK_COMMENT)
                .join(AUTHOR)
                .on(AUTHOR.ID.eq(BOTTLENECK_COMMENT.AUTHOR_ID))
                .leftJoin(HIDER)
                .on(HIDER.ID.eq(BOTTLENECK_COMMENT.HIDDEN_BY))
                .where(condition)
                .orderBy(BOTTLENECK_COMMENT.CREATED_AT, BOTTLENECK_COMMENT.ID)
                .fetch(r -> toComment(r, withHiddenBodies));
    }

    private static Comment toComment(Record r, boolean withHiddenBodies) {
        boolean hidden = r.get(BOTTLENECK_COMMENT.HIDDEN_AT) != null;
        return new Comment(
                r.get(BOTTLENECK_COMMENT.ID),
                r.get(BOTTLENECK_COMMENT.BOTTLENECK_ID),
                r.get(AUTHOR.DISPLAY_NAME),
                hidden && !withHiddenBodies ? null : r.get(BOTTLENECK_COMMENT.BODY),
                r.get(BOTTLENECK_COMMENT.CREATED_AT),
                hidden,
                hidden ? r.get(HIDER.DISPLAY_NAME) : null,
                hidden ? r.get(BOTTLENECK_COMMENT.HIDDEN_AT) : null,
                hidden && withHiddenBodies ? r.get(BOTTLENECK_COMMENT.HIDDEN_REASON) : null,
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

    /** Moves a merged bottleneck's comments to the one it was merged into; returns how many. */
    public int move(long fromBottleneckId, long toBottleneckId) {
        return dsl.update(BOTTLENECK_COMMENT)
                .set(BOTTLENECK_COMMENT.BOTTLENECK_ID, toBottleneckId)
                .where(BOTTLENECK_COMMENT.BOTTLENECK_ID.eq(fromBottleneckId))
                .execute();
    }
}
