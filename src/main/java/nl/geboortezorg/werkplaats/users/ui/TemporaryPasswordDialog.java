package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once, to be handed on to the user it belongs to. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String email, String temporaryPassword) {
        setHeaderTitle(getTranslation("users.temporary-password.title"));
        Span password = new Span(temporaryPassword);
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        add(new Paragraph(getTranslation("users.temporary-password.message", email)), password);
        Button done = new Button(getTranslation("action.close"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
