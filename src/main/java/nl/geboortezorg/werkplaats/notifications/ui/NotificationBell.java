package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.LiveChannel;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the top bar with the number of unread notifications, kept up to date while the page
 * is open (server push); it opens the list of notifications.
 */
public class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span badge = new Span();
    private LiveChannel.@Nullable Subscription subscription;
    private int unread;

    public NotificationBell(NotificationService notifications, Destinations destinations) {
        this.notifications = notifications;
        setId("notification-bell");
        addClassName("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setIcon(VaadinIcon.BELL.create());
        badge.addClassName("notification-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        badge.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(badge.getElement());
        addClickListener(click -> new NotificationList(notifications, destinations).open());
    }

    /** The number of unread notifications this bell shows. */
    public int unread() {
        return unread;
    }

    private void show(int count) {
        unread = count;
        badge.setText(count > 99 ? "99+" : String.valueOf(count));
        badge.setVisible(count > 0);
        setAriaLabel(getTranslation("notifications.bell", count));
        setTooltipText(getTranslation("notifications.bell", count));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        show(notifications.unreadCount());
        subscription = notifications.subscribeToUnreadCount(count -> ui.access(() -> show(count)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
