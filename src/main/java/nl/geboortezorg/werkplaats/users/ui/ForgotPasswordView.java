package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.geboortezorg.werkplaats.users.AccountLinkService;

/**
 * "Forgot password": asks the e-mail address and answers the same whether or not it has an
 * account (an invited account gets a link too), so the page tells nobody who has one.
 */
@Route(value = "wachtwoord-vergeten", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends AccountPage {

    ForgotPasswordView(AccountLinkService links) {
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setId("forgot-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        email.setErrorMessage(getTranslation("validation.email"));
        Button send = new Button(getTranslation("forgot.submit"));
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        send.addClickListener(click -> {
            String typed = email.getValue().strip();
            if (typed.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation(typed.isEmpty() ? "login.email.required" : "validation.email"));
                email.setInvalid(true);
                email.focus();
                return;
            }
            links.requestPasswordReset(typed);
            Paragraph answer = text("forgot.answer", typed);
            answer.setId("forgot-answer");
            answer.getElement().setAttribute("role", "status");
            show(getTranslation("forgot.answer.title"), answer, text("forgot.answer.no-mail"), loginLink());
        });
        if (links.mailsLinks()) {
            show(getTranslation("forgot.title"), text("forgot.intro"), email, send, new Paragraph(loginLink()));
        } else {
            show(getTranslation("forgot.title"), text("forgot.no-mail-server"), new Paragraph(loginLink()));
        }
    }
}
