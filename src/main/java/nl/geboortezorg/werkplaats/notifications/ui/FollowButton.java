package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;

/** Follow or unfollow an item: a bottleneck, a session, a factsheet, an analysis. */
public class FollowButton extends Button {

    private final NotificationService notifications;
    private final ItemType type;
    private final long itemId;
    private boolean following;

    public FollowButton(NotificationService notifications, ItemType type, long itemId) {
        this.notifications = notifications;
        this.type = type;
        this.itemId = itemId;
        setId("follow-button");
        addClassName("follow-button");
        addClickListener(click -> {
            if (following) {
                notifications.unfollow(type, itemId);
            } else {
                notifications.follow(type, itemId);
            }
            show(notifications.isFollowing(type, itemId));
        });
        show(notifications.isFollowing(type, itemId));
    }

    public boolean following() {
        return following;
    }

    private void show(boolean now) {
        following = now;
        setText(getTranslation(now ? "follow.unfollow" : "follow.follow"));
        setIcon(now ? VaadinIcon.BELL_SLASH.create() : VaadinIcon.BELL_O.create());
        setTooltipText(getTranslation(now ? "follow.following" : "follow.not-following"));
    }
}
