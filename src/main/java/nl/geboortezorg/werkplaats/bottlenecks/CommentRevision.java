package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An earlier version of a comment: its text before one edit, who made that edit, when, and the
 * facilitator's reason (an author's own edit needs none).
 */
public record CommentRevision(
        long id,
        String previousBody,
        String editedBy,
        Instant editedAt,
        @Nullable String reason) {}
