package nl.geboortezorg.werkplaats.notifications;

import java.time.Instant;

/** An activity as a feed or a notification shows it. */
public record Activity(long id, Instant occurredAt, String actorName, String regionName, ActivityKind kind,
        ItemType itemType, long itemId, String title, String link) {
}
