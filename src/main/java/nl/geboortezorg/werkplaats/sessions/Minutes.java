package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.util.List;

/**
 * The minutes of a closed session: its agenda with the (corrected) notes, decisions and actions,
 * who attended, and the corrections with their outcome. Version 1 is what closing published;
 * every accepted correction adds one.
 */
public record Minutes(
        WorkSession session,
        Closing closing,
        List<Invitee> attendees,
        SessionOutcomes outcomes,
        List<MinutesCorrection> corrections,
        Instant correctionsUntil,
        boolean mayProposeCorrection,
        boolean mayDecideCorrections) {

    /** Who closed the session and when, and the current minutes version. */
    public record Closing(String closedBy, Instant closedAt, int version) {}

    public Minutes {
        attendees = List.copyOf(attendees);
        corrections = List.copyOf(corrections);
    }

    public List<MinutesCorrection> accepted() {
        return corrections.stream()
                .filter(c -> c.status() == CorrectionStatus.ACCEPTED)
                .toList();
    }

    public List<MinutesCorrection> pending() {
        return corrections.stream()
                .filter(c -> c.status() == CorrectionStatus.PENDING)
                .toList();
    }
}
