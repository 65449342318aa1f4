package nl.geboortezorg.werkplaats.notifications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What reached a user since their previous visit to the start page: the newest of those
 * notifications and how many there are in all. Without a previous visit (the first one) it holds
 * the newest notifications.
 */
public record SinceLastVisit(@Nullable Instant previousVisit, List<Notification> newest, int count) {

    public SinceLastVisit {
        newest = List.copyOf(newest);
    }
}
