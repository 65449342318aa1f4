package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.users.AccountLinkKind;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.LinkCheck;
import nl.geboortezorg.werkplaats.users.UserService;

/**
 * Where the link of an invitation or a password reset leads: the person chooses their password
 * (twice); a link that was used, replaced or has expired says so and how to get a new one. The
 * token is in the path; the platform's referrer policy keeps it from other sites.
 */
@Route(value = "wachtwoord-instellen/:" + LinkPage.TOKEN, autoLayout = false)
@AnonymousAllowed
class ChoosePasswordView extends LinkPage {

    ChoosePasswordView(AccountLinkService links) {
        super(links);
    }

    @Override
    protected void showLink(String token, LinkCheck link) {
        switch (link) {
            case LinkCheck.Usable usable when usable.kind() != AccountLinkKind.EMAIL_CHANGE -> form(token, usable);
            case LinkCheck.Spent spent ->
                showUnusable(
                        spent.reason().name(),
                        text(
                                spent.kind() == AccountLinkKind.INVITATION
                                        ? "choose-password.advice.INVITATION"
                                        : "choose-password.advice.PASSWORD_RESET"),
                        new Paragraph(forgotPasswordLink()),
                        new Paragraph(loginLink()));
            default -> showUnusable("UNKNOWN", new Paragraph(forgotPasswordLink()), new Paragraph(loginLink()));
        }
    }

    private void form(String token, LinkCheck.Usable link) {
        PasswordField password = new PasswordField(getTranslation("profile.password.new"));
        password.setId("new-password");
        password.setHelperText(
                getTranslation("profile.password.rule", UserService.PASSWORD_MIN, UserService.PASSWORD_MAX));
        password.setMaxLength(UserService.PASSWORD_MAX);
        password.setRequiredIndicatorVisible(true);
        PasswordField repeat = new PasswordField(getTranslation("profile.password.repeat"));
        repeat.setId("repeat-password");
        repeat.setRequiredIndicatorVisible(true);
        FormErrors errors = new FormErrors().bind("newPassword", password).bind("repeatPassword", repeat);
        Button save = new Button(getTranslation("choose-password.submit"));
        save.setId("choose-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                String email = links.choosePassword(token, password.getValue(), repeat.getValue());
                Paragraph done = text("choose-password.done", email);
                done.setId("password-set");
                done.getElement().setAttribute("role", "status");
                show(getTranslation("choose-password.done.title"), done, loginLink());
            } catch (ValidationException invalid) {
                if (invalid.problems().stream().map(FieldProblem::field).anyMatch("link"::equals)) {
                    showLink(token, links.check(token));
                } else {
                    errors.show(invalid, this);
                }
            }
        });
        FormLayout fields = new FormLayout(password, repeat);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        show(
                getTranslation("choose-password.title." + link.kind().name()),
                text("choose-password.intro." + link.kind().name(), link.email()),
                fields,
                save,
                text("choose-password.expiry", DutchFormats.dateTime(link.expiresAt())));
    }
}
