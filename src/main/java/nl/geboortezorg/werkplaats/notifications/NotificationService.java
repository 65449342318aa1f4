package nl.geboortezorg.werkplaats.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.LiveChannel;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.notifications.internal.NotificationRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications, what they follow and their e-mail digest. Everyone signed in has
 * them, observers included: following is reading, not writing.
 */
@Service
public class NotificationService {

    public static final int PAGE_MAX = 100;

    /** How long a visit to the start page lasts after the page was last opened. */
    public static final Duration VISIT_GAP = Duration.ofMinutes(30);

    private final NotificationRepository notifications;
    private final NotificationEvents events;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            NotificationEvents events,
            AccessGuard access,
            AuditTrail audit,
            Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user is looking at their start page and returns what reached them
     * since their previous visit, the newest {@code limit} of it. Looking again within
     * {@link #VISIT_GAP} continues the visit, so a reload does not empty the list.
     */
    @Transactional
    public SinceLastVisit visitHome(int limit) {
        Actor me = access.signedIn();
        Instant now = clock.instant();
        var visit = notifications.homeVisit(me.id());
        @Nullable Instant previous;
        if (visit.isEmpty()) {
            previous = null;
        } else if (visit.get().visitedAt().plus(VISIT_GAP).isBefore(now)) {
            previous = visit.get().visitedAt();
        } else {
            previous = visit.get().previousAt();
        }
        notifications.saveHomeVisit(me.id(), now, previous);
        return new SinceLastVisit(
                previous,
                notifications.since(me.id(), previous, Math.clamp(limit, 1, PAGE_MAX)),
                notifications.countSince(me.id(), previous));
    }

    /** My notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        Actor me = access.signedIn();
        return notifications.mine(me.id(), Math.max(0, offset), Math.clamp(limit, 1, PAGE_MAX));
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return notifications.unread(access.signedIn().id());
    }

    /**
     * Hears my new unread count whenever it changes, from any screen or anyone's save, until the
     * subscription is closed. The listener runs in the thread that made the change.
     */
    @Transactional(readOnly = true)
    public LiveChannel.Subscription subscribeToUnreadCount(Consumer<Integer> listener) {
        return events.subscribe(access.signedIn().id(), listener);
    }

    /** Marks one of my notifications read; another user's is not found. */
    @Transactional
    public void markRead(long notificationId) {
        Actor me = access.signedIn();
        if (!notifications.markRead(me.id(), notificationId, clock.instant())) {
            throw new NotFoundException("notification", notificationId);
        }
        events.publishAfterCommit(me.id(), notifications.unread(me.id()));
    }

    @Transactional
    public void markAllRead() {
        Actor me = access.signedIn();
        notifications.markAllRead(me.id(), clock.instant());
        events.publishAfterCommit(me.id(), 0);
    }

    /**
     * Whether I follow the item: I said so, or a rule made me (its author, an invitee) and I did
     * not unfollow it.
     */
    @Transactional(readOnly = true)
    public boolean isFollowing(ItemType type, long itemId) {
        return notifications.following(access.signedIn().id(), type, itemId).orElse(false);
    }

    /** I hear of everything that happens to the item from now on. */
    @Transactional
    public void follow(ItemType type, long itemId) {
        setFollowing(type, itemId, true);
    }

    /** I hear nothing more of the item, not even what a rule would send me. */
    @Transactional
    public void unfollow(ItemType type, long itemId) {
        setFollowing(type, itemId, false);
    }

    private void setFollowing(ItemType type, long itemId, boolean following) {
        Actor me = access.signedIn();
        notifications.setFollowing(me.id(), type, itemId, following, clock.instant());
        audit.record("follow", type.name().toLowerCase() + ":" + itemId, following ? "follow" : "unfollow", null);
    }

    @Transactional(readOnly = true)
    public DigestFrequency digestFrequency() {
        return notifications.digestFrequency(access.signedIn().id());
    }

    @Transactional
    public void changeDigestFrequency(DigestFrequency frequency) {
        Actor me = access.signedIn();
        DigestFrequency chosen = frequency == null ? DigestFrequency.NONE : frequency;
        notifications.changeDigestFrequency(me.id(), chosen);
        audit.record("user", me.id(), "digest", Map.of("digestFrequency", chosen.name()));
    }
}
