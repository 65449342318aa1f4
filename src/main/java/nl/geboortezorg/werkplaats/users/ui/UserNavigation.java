package nl.geboortezorg.werkplaats.users.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The user's own pages as the rest of the platform leads to them; the views stay package-private. */
public final class UserNavigation {

    private UserNavigation() {}

    public static ViewLink profile() {
        return ViewLink.to(ProfileView.class);
    }

    /** Where someone who forgot their password asks for a link; open without signing in. */
    public static ViewLink forgotPassword() {
        return ViewLink.to(ForgotPasswordView.class);
    }

    /** Where the single-use link of an invitation or password reset leads. */
    public static ViewLink choosePassword(String token) {
        return ViewLink.to(ChoosePasswordView.class, LinkPage.TOKEN, token);
    }

    /** Where the link sent to a new e-mail address leads. */
    public static ViewLink confirmEmail(String token) {
        return ViewLink.to(ConfirmEmailView.class, LinkPage.TOKEN, token);
    }

    /** Where a user with a one-time password must go first. */
    public static ViewLink changePassword() {
        return ViewLink.to(ChangePasswordView.class);
    }
}
