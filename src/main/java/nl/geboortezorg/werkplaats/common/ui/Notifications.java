package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action, announced to screen readers by the notification itself. */
public final class Notifications {

    private Notifications() {}

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static void show(String message, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(message, millis, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
