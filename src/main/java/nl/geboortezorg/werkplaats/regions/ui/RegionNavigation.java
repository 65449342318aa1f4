package nl.geboortezorg.werkplaats.regions.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The pages of the regions that other features link to; the views themselves stay package-private. */
public final class RegionNavigation {

    private RegionNavigation() {}

    /** The overview everyone lands on after signing in. */
    public static ViewLink home() {
        return ViewLink.to(HomeView.class);
    }

    /** The admins' page for creating and archiving regions. */
    public static ViewLink administration() {
        return ViewLink.to(RegionAdministrationView.class);
    }

    public static ViewLink workspace(String regionCode) {
        return ViewLink.to(RegionWorkspaceView.class, RegionWorkspaceView.CODE, regionCode);
    }
}
