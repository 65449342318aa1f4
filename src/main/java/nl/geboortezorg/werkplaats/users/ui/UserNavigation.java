package nl.geboortezorg.werkplaats.users.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The user's own pages as the rest of the platform leads to them; the views stay package-private. */
public final class UserNavigation {

    private UserNavigation() {}

    public static ViewLink profile() {
        return ViewLink.to(ProfileView.class);
    }

    /** Where a user with a one-time password must go first. */
    public static ViewLink changePassword() {
        return ViewLink.to(ChangePasswordView.class);
    }
}
