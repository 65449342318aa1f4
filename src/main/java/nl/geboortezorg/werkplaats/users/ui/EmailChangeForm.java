package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.time.Instant;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.users.MyProfile;
import nl.geboortezorg.werkplaats.users.UserService;

/**
 * A new e-mail address for one's account: it takes effect only when the link mailed to that
 * address is followed; until then the current address stays.
 */
class EmailChangeForm extends Div {

    EmailChangeForm(UserService users, MyProfile me) {
        Paragraph current = new Paragraph(getTranslation("profile.email.current", me.email()));
        current.setId("profile-email");
        EmailField next = new EmailField(getTranslation("profile.email.new"));
        next.setId("profile-new-email");
        next.setMaxLength(254);
        next.setWidthFull();
        Paragraph sent = new Paragraph();
        sent.setId("email-change-sent");
        sent.getElement().setAttribute("role", "status");
        FormErrors errors = new FormErrors().bind("newEmail", next);
        Button request = new Button(getTranslation("profile.email.request"), click -> {
            try {
                Instant until = users.requestEmailChange(next.getValue());
                errors.clear();
                sent.setText(getTranslation(
                        "profile.email.sent", next.getValue().strip(), me.email(), DutchFormats.dateTime(until)));
                next.clear();
            } catch (ValidationException invalid) {
                errors.show(invalid, this);
            }
        });
        request.setId("request-email-change");
        add(current, next, request, sent);
    }
}
