package nl.geboortezorg.werkplaats.sessions;

import java.time.Instant;
import java.util.List;

/** A session with its agenda and invitees; regionName is null for a national session. */
public record WorkSession(
        long id,
        Long regionId,
        String regionName,
        String title,
        Instant startsAt,
        Instant endsAt,
        String location,
        String onlineLink,
        SessionState state,
        List<AgendaItem> agenda,
        List<Invitee> invitees,
        int version) {

    public WorkSession {
        agenda = List.copyOf(agenda);
        invitees = List.copyOf(invitees);
    }

    public boolean national() {
        return regionId == null;
    }
}
