package nl.geboortezorg.werkplaats.notifications;

import java.util.function.Consumer;
import nl.geboortezorg.werkplaats.common.LiveChannel;
import nl.geboortezorg.werkplaats.common.LiveRelay;
import org.springframework.stereotype.Component;

/**
 * Tells a user's open screens (all of them: a user may have two tabs) their new unread count,
 * once the change that altered it is committed, on whichever application instance they are open.
 * The count travels with the event, so that the screen need not ask for it from a thread that is
 * not the user's own.
 */
@Component
public class NotificationEvents {

    private final LiveChannel<Integer> unread;

    NotificationEvents(LiveRelay relay) {
        unread = relay.channel("unread", String::valueOf, Integer::valueOf);
    }

    public LiveChannel.Subscription subscribe(long userId, Consumer<Integer> unreadCount) {
        return unread.subscribe(userId, unreadCount);
    }

    void publishAfterCommit(long userId, int unreadCount) {
        unread.publishAfterCommit(userId, unreadCount);
    }
}
