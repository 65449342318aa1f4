package nl.geboortezorg.werkplaats.sessions.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The pages of working sessions that other features link to; the views themselves stay package-private. */
public final class SessionNavigation {

    private SessionNavigation() {}

    public static ViewLink sessions() {
        return ViewLink.to(SessionListView.class);
    }

    /** The signed-in user's open actions across sessions. */
    public static ViewLink myActions() {
        return ViewLink.to(MyActionsView.class);
    }

    /** A session's page, which also shows its agenda, notes, decisions and actions. */
    public static ViewLink session(long id) {
        return ViewLink.to(SessionView.class, SessionView.ID, id);
    }
}
