package nl.geboortezorg.werkplaats.notifications;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import nl.geboortezorg.werkplaats.notifications.internal.ActivityRepository;
import nl.geboortezorg.werkplaats.notifications.internal.NotificationRepository;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where services report what they changed, inside their own transaction: the activity goes into
 * the feeds, and a notification to everyone it concerns, who then hear of it live. Concerned are
 * the item's followers and whom the rule names (an action's owner, the region's members, the
 * facilitators), but never someone who unfollowed the item, an inactive user, someone who may not
 * read the item (a follower of a draft outside its region) or the actor.
 */
@Component
public class Activities {

    private final ActivityRepository activities;
    private final NotificationRepository notifications;
    private final NotificationEvents events;
    private final Clock clock;

    Activities(
            ActivityRepository activities,
            NotificationRepository notifications,
            NotificationEvents events,
            Clock clock) {
        this.activities = activities;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The item became readable by fewer people (withdrawn to draft, republished at a narrower level,
     * removed): its earlier activities are narrowed to that audience, so that no feed shows its
     * title to someone who may no longer read it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void narrow(ItemType type, long itemId, Audience audience) {
        activities.narrow(type, itemId, audience);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, ActivityRecord activity) {
        long id = activities.insert(activity, actor.id(), clock.instant());
        notifications.followUnlessUnfollowed(
                activities.active(activity.newFollowers()), activity.itemType(), activity.itemId(), clock.instant());

        Set<Long> recipients = new HashSet<>(activity.recipients());
        recipients.addAll(notifications.followers(activity.itemType(), activity.itemId(), true));
        if (activity.regionMembers() && activity.regionId() != null) {
            recipients.addAll(activities.regionProfessionals(activity.regionId()));
        }
        if (activity.facilitators()) {
            recipients.addAll(activities.activeFacilitators());
        }
        recipients.removeAll(notifications.followers(activity.itemType(), activity.itemId(), false));
        recipients.remove(actor.id());
        Set<Long> reached = activities.activeReaders(recipients, activity.audience(), activity.regionId());
        activities.notify(reached, id, clock.instant());
        notifications.unread(reached).forEach(events::publishAfterCommit);
    }
}
