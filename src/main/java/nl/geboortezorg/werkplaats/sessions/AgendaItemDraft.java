package nl.geboortezorg.werkplaats.sessions;

import org.jspecify.annotations.Nullable;

/**
 * One agenda item as the facilitator types it; the owner is optional.
 *
 * @param bottleneckId the bottleneck of the register the item is about, when it was planned from a suggestion
 */
public record AgendaItemDraft(
        @Nullable String title,
        @Nullable Integer durationMinutes,
        @Nullable Long ownerId,
        @Nullable Long bottleneckId) {

    /** An item about no bottleneck in particular. */
    public AgendaItemDraft(@Nullable String title, @Nullable Integer durationMinutes, @Nullable Long ownerId) {
        this(title, durationMinutes, ownerId, null);
    }

    public static final int TITLE_MAX = 200;
    public static final int DURATION_MAX = 480;
}
