package nl.geboortezorg.werkplaats.sessions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something the platform proposes for a regional session's agenda: an action still open from an
 * earlier session of the region, one of the region's open bottlenecks, or an open bottleneck of
 * another region that this region has not recognised yet.
 *
 * @param title the agenda item's title as proposed
 * @param who the action's owner, or the region that raised the bottleneck
 * @param dueDate the action's due date; null for a bottleneck
 * @param recognitions how many regions recognise the bottleneck; 0 for an action
 * @param bottleneckId the bottleneck the item would be about; null for an action
 */
public record AgendaSuggestion(
        Kind kind,
        String title,
        String who,
        @Nullable LocalDate dueDate,
        int recognitions,
        @Nullable Long bottleneckId) {

    public enum Kind {
        OPEN_ACTION,
        OWN_BOTTLENECK,
        OTHER_REGION_BOTTLENECK
    }
}
