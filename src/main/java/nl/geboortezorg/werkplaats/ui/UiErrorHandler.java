package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The last safety net for errors a view did not handle itself: a message in the user's language
 * instead of a stack trace, and the details in the server log.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOfInterest(event.getThrowable());
        String key;
        if (cause instanceof AccessDeniedException) {
            key = "error.access-denied";
            LOG.warn("Refused: {}", cause.getMessage());
        } else if (cause instanceof ConcurrentEditException) {
            key = "concurrent-edit.message";
        } else if (cause instanceof NotFoundException) {
            key = "error.not-found";
        } else {
            key = "error.unexpected";
            LOG.error("Unexpected error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(ui.getTranslation(key)));
        }
    }

    private static Throwable rootOfInterest(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException
                    || cause instanceof ConcurrentEditException
                    || cause instanceof NotFoundException) {
                return cause;
            }
        }
        return throwable;
    }
}
