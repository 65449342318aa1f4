package nl.geboortezorg.werkplaats.notifications;

import java.time.LocalDateTime;

/** An activity as a feed or a notification shows it; the time in Dutch local time. */
public record Activity(long id, LocalDateTime occurredAt, String actorName, String regionName, ActivityKind kind,
        ItemType itemType, long itemId, String title, String link) {
}
