package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Locale;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.notifications.MailKind;
import nl.geboortezorg.werkplaats.notifications.MailPreferenceService;

/** On the profile page: one switch per kind of e-mail the platform sends by itself. */
public class MailPreferencesSection extends Section {

    public MailPreferencesSection(MailPreferenceService preferences) {
        setId("mail-preferences");
        add(new H2(getTranslation("mail-preferences.title")), new Paragraph(getTranslation("mail-preferences.intro")));
        Set<MailKind> received = preferences.myMail();
        for (MailKind kind : MailKind.values()) {
            Checkbox box = new Checkbox(getTranslation("mail-preferences." + kind.name()));
            box.setId("mail-" + kind.name().toLowerCase(Locale.ROOT));
            box.setHelperText(getTranslation("mail-preferences." + kind.name() + ".helper"));
            box.setValue(received.contains(kind));
            box.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    preferences.changeMyMail(kind, event.getValue());
                    Notifications.success(getTranslation("mail-preferences.saved"));
                }
            });
            add(new Div(box));
        }
    }
}
