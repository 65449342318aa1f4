package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;

/**
 * Warns a while before an idle session ends, and keeps it when the user chooses to work on.
 * Vaadin ends a session after the servlet session's timeout without a request from the user
 * ({@code vaadin.closeIdleSessions}; its heartbeats do not count). Only the browser knows when
 * it last sent one, so a small script there ({@code idle-notice.js}, in the page shell) restarts
 * its timer on every round trip and shows the notice when the lead time before the end is reached;
 * its button makes one round trip, which is all it takes to reset the server's idle timer.
 */
final class IdleNotice {

    /** The event the notice's button fires on the host; its round trip is the point, not its handling. */
    private static final String KEEP_WORKING = "wsg-keep-working";

    private IdleNotice() {}

    /** Starts the notice in the host's page, for the current session's timeout and the lead time. */
    static void install(Component host, Duration lead) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        long timeoutMillis = session == null ? 0 : session.getMaxInactiveInterval() * 1000L;
        if (timeoutMillis <= 0) {
            return;
        }
        long leadMillis = Math.min(lead.toMillis(), timeoutMillis);
        long leadSeconds = leadMillis / 1000;
        String message = leadSeconds >= 60
                ? host.getTranslation("idle.warning.minutes", Math.round(leadSeconds / 60.0))
                : host.getTranslation("idle.warning.seconds", leadSeconds);
        host.getElement().addEventListener(KEEP_WORKING, event -> {});
        host.getElement()
                .executeJs(
                        "window.wsgIdleNotice && window.wsgIdleNotice.start(this, $0, $1, $2, $3, $4)",
                        timeoutMillis,
                        leadMillis,
                        message,
                        host.getTranslation("idle.keep-working"),
                        KEEP_WORKING);
    }
}
