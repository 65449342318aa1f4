package nl.geboortezorg.werkplaats.notifications;

import java.time.Instant;
import nl.geboortezorg.werkplaats.common.Destination;

/**
 * An activity as a feed or a notification shows it.
 *
 * @param destination the page that shows the item, made from its type and id when it is read
 */
public record Activity(
        long id,
        Instant occurredAt,
        String actorName,
        String regionName,
        ActivityKind kind,
        ItemType itemType,
        long itemId,
        String title,
        Destination destination) {}
