package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A correction of one agenda item's notes in the minutes. Once accepted it holds the text it
 * replaced and the minutes version it produced, so the minutes can show their history.
 * {@code notesVersion} is the version of the item's notes it was proposed against (empty for
 * corrections from before that was kept): accepting it once the notes changed since is refused.
 */
public record MinutesCorrection(
        long id,
        long agendaItemId,
        String agendaItemTitle,
        String proposedText,
        String reason,
        CorrectionStatus status,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        String previousText,
        Integer minutesVersion,
        @Nullable Integer notesVersion,
        int version) {

    public static final int REASON_MAX = 1000;
}
