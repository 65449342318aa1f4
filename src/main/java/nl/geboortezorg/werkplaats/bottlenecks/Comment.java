package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment in Markdown. A hidden comment keeps its text, but only moderators get it: for everyone
 * else body is null and the list shows that a comment was hidden.
 */
public record Comment(
        long id,
        long bottleneckId,
        String authorName,
        @Nullable String body,
        Instant createdAt,
        boolean hidden,
        @Nullable String hiddenBy,
        @Nullable Instant hiddenAt,
        @Nullable String hiddenReason,
        int version) {

    public static final int BODY_MAX = 10_000;
    public static final int HIDDEN_REASON_MAX = 500;
}
