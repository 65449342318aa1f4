package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.users.SentLink;

/**
 * Tells the person who sent an invitation or reset link that it went by e-mail; or, when no mail
 * could be sent, shows the link once, to pass on to the person it is for.
 */
class SentLinkDialog extends Dialog {

    private SentLinkDialog(SentLink sent, String linkToPassOn) {
        setHeaderTitle(getTranslation("users.link.title." + sent.kind().name()));
        TextField link = new TextField(getTranslation("users.link.label"));
        link.setId("link-to-pass-on");
        link.setValue(linkToPassOn);
        link.setReadOnly(true);
        link.setWidthFull();
        add(
                new Paragraph(
                        getTranslation("users.link.pass-on", sent.email(), DutchFormats.dateTime(sent.expiresAt()))),
                link);
        setWidth("min(40rem, 95vw)");
        Button done = new Button(getTranslation("action.close"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    /** A confirmation that the link was mailed, or the dialog with the link to pass on. */
    static void show(SentLink sent, Component context) {
        String link = sent.linkToPassOn();
        if (link == null) {
            Notifications.success(context.getTranslation(
                    "users.link.mailed." + sent.kind().name(), sent.email(), DutchFormats.dateTime(sent.expiresAt())));
        } else {
            new SentLinkDialog(sent, link).open();
        }
    }
}
