package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.users.AccountLinkKind;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.LinkCheck;

/**
 * Where the link sent to a new e-mail address leads. The address changes only on the click of the
 * button, not on opening the page, so that a mail program that opens links to check them
 * changes nothing.
 */
@Route(value = "e-mailadres-bevestigen/:" + LinkPage.TOKEN, autoLayout = false)
@AnonymousAllowed
class ConfirmEmailView extends LinkPage {

    ConfirmEmailView(AccountLinkService links) {
        super(links);
    }

    @Override
    protected void showLink(String token, LinkCheck link) {
        switch (link) {
            case LinkCheck.Usable usable
            when usable.kind() == AccountLinkKind.EMAIL_CHANGE -> {
                Button confirm = new Button(getTranslation("confirm-email.submit"));
                confirm.setId("confirm-email");
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                confirm.addClickListener(click -> {
                    try {
                        String email = links.confirmEmailChange(token);
                        Paragraph done = text("confirm-email.done", email);
                        done.setId("email-confirmed");
                        done.getElement().setAttribute("role", "status");
                        show(getTranslation("confirm-email.done.title"), done, loginLink());
                    } catch (ValidationException refused) {
                        LinkCheck now = links.check(token);
                        if (now instanceof LinkCheck.Usable) {
                            Paragraph problem = new Paragraph(FormErrors.firstMessage(refused, this));
                            problem.setId("link-state");
                            show(getTranslation("confirm-email.title"), problem, loginLink());
                        } else {
                            showLink(token, now);
                        }
                    }
                });
                show(getTranslation("confirm-email.title"), text("confirm-email.intro", usable.email()), confirm);
            }
            case LinkCheck.Spent spent ->
                showUnusable(spent.reason().name(), text("confirm-email.advice"), new Paragraph(loginLink()));
            default -> showUnusable("UNKNOWN", new Paragraph(loginLink()));
        }
    }
}
