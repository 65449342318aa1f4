package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A session as the facilitator plans it; a session without a region
 * is a national one.
 */
public record WorkSessionDraft(
        @Nullable Long regionId,
        String title,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable String location,
        @Nullable String onlineLink,
        List<AgendaItemDraft> agenda,
        Set<Long> inviteeIds) {

    public static final int TITLE_MAX = 200;
    public static final int LOCATION_MAX = 200;
    public static final int LINK_MAX = 500;

    public WorkSessionDraft {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        inviteeIds = inviteeIds == null ? Set.of() : Set.copyOf(inviteeIds);
    }
}
