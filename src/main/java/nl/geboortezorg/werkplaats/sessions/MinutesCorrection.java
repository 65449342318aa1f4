package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;

/**
 * A correction of one agenda item's notes in the minutes. Once accepted it holds the text it
 * replaced and the minutes version it produced, so the minutes can show their history.
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
        int version) {

    public static final int REASON_MAX = 1000;
}
