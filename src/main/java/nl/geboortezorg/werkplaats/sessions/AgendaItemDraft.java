package nl.geboortezorg.werkplaats.sessions;

import org.jspecify.annotations.Nullable;

/** One agenda item as the facilitator types it; the owner is optional. */
public record AgendaItemDraft(
        @Nullable String title,
        @Nullable Integer durationMinutes,
        @Nullable Long ownerId) {

    public static final int TITLE_MAX = 200;
    public static final int DURATION_MAX = 480;
}
