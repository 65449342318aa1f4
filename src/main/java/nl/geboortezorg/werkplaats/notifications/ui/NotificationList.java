package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.notifications.Notification;
import nl.geboortezorg.werkplaats.notifications.NotificationService;

/** My latest notifications; choosing one marks it read and opens its page. */
class NotificationList extends Dialog {

    static final int SHOWN = 30;

    private final NotificationService notifications;
    private final Destinations destinations;
    private final Div list = new Div();

    NotificationList(NotificationService notifications, Destinations destinations) {
        this.notifications = notifications;
        this.destinations = destinations;
        setId("notification-list");
        setHeaderTitle(getTranslation("notifications.title"));
        setWidth("min(36em, 95vw)");
        list.addClassName("notification-items");
        add(list);
        Button markAll = new Button(getTranslation("notifications.mark-all-read"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all-read");
        Button close = new Button(getTranslation("notifications.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(markAll, close);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Notification> mine = notifications.mine(0, SHOWN);
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (Notification notification : mine) {
            Button item = new Button();
            item.addClassName("notification-item");
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Span text = new Span(ActivityText.sentence(this, notification.activity()));
            Span when = new Span(ActivityText.when(notification.activity()));
            when.addClassName("notification-when");
            item.getElement().appendChild(text.getElement(), when.getElement());
            if (!notification.read()) {
                item.addClassName("unread");
                Span unread = new Span(getTranslation("notifications.unread"));
                unread.getElement().getThemeList().add("badge small");
                item.getElement().appendChild(unread.getElement());
            }
            item.addClickListener(click -> {
                notifications.markRead(notification.id());
                close();
                String path = destinations.path(notification.activity().destination());
                getUI().ifPresent(ui -> Locations.navigate(ui, path));
            });
            list.add(item);
        }
    }
}
