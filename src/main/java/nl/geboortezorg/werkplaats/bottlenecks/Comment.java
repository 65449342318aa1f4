package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment in Markdown. A hidden comment keeps its text, but only moderators get it: for everyone
 * else body is null and the list shows that a comment was hidden. An edited comment says when it
 * was last edited, by whom and (for a facilitator's edit) why; its earlier versions go only to its
 * author and to facilitators.
 *
 * @param editedAt null unless the comment was edited
 * @param revisions the earlier versions, oldest first; empty for readers who do not get them
 * @param mayEdit whether the reader may edit it: its author, or a facilitator
 */
public record Comment(
        long id,
        long bottleneckId,
        long authorId,
        String authorName,
        @Nullable String body,
        Instant createdAt,
        boolean hidden,
        @Nullable String hiddenBy,
        @Nullable Instant hiddenAt,
        @Nullable String hiddenReason,
        @Nullable Instant editedAt,
        @Nullable String editedBy,
        @Nullable String editReason,
        List<CommentRevision> revisions,
        boolean mayEdit,
        int version) {

    public static final int BODY_MAX = 10_000;
    public static final int HIDDEN_REASON_MAX = 500;
    public static final int EDIT_REASON_MAX = 500;

    public Comment {
        revisions = List.copyOf(revisions);
    }

    public boolean edited() {
        return editedAt != null;
    }

    /** The same comment as one reader gets it: with or without its earlier versions, editable or not. */
    public Comment forReader(boolean withRevisions, boolean editable) {
        return new Comment(
                id,
                bottleneckId,
                authorId,
                authorName,
                body,
                createdAt,
                hidden,
                hiddenBy,
                hiddenAt,
                hiddenReason,
                editedAt,
                editedBy,
                editReason,
                withRevisions ? revisions : List.of(),
                editable,
                version);
    }
}
