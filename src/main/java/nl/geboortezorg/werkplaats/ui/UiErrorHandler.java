package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.security.RegionArchivedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The last safety net for errors a view did not handle itself: a message in the user's language
 * instead of a stack trace, and the details in the server log; an unexpected error gets a reference
 * that the user can quote and the log line carries.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOfInterest(event.getThrowable());
        String key;
        @Nullable String reference = null;
        if (cause instanceof RegionArchivedException) {
            key = RegionArchivedException.MESSAGE_KEY;
        } else if (cause instanceof AccessDeniedException) {
            key = "error.access-denied";
            LOG.warn("Refused: {}", cause.getMessage());
        } else if (cause instanceof ConcurrentEditException) {
            key = "concurrent-edit.message";
        } else if (cause instanceof NotFoundException) {
            key = "error.not-found";
        } else {
            key = "error.unexpected";
            reference = ErrorReference.next();
            LOG.error("Unexpected error in the UI (reference {})", reference, event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            @Nullable String quoted = reference;
            ui.access(() -> Notifications.error(
                    quoted == null
                            ? ui.getTranslation(key)
                            : ui.getTranslation(key) + " " + ui.getTranslation("error.reference", quoted)));
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
