package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.UiLanguage;
import nl.geboortezorg.werkplaats.notifications.DigestFrequency;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.notifications.ui.CalendarFeedSection;
import nl.geboortezorg.werkplaats.notifications.ui.MailPreferencesSection;
import nl.geboortezorg.werkplaats.users.MyProfile;
import nl.geboortezorg.werkplaats.users.UserService;

/**
 * The signed-in user's own page: who they are (name, job title, discipline), their e-mail address,
 * their language, the e-mail digest and their password.
 */
@Route("profiel")
@Menu(order = 110, title = "profile.title", icon = "vaadin:user")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    ProfileView(UserService users, NotificationService notifications) {
        MyProfile me = users.myProfile();
        Paragraph who = new Paragraph(summary(me));
        add(who);

        RadioButtonGroup<Language> language = new RadioButtonGroup<>(getTranslation("profile.language"));
        language.setId("language");
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name()));
        language.setValue(me.language());
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                users.changeMyLanguage(event.getValue());
                UiLanguage.apply(UI.getCurrent(), event.getValue().locale());
                UI.getCurrent().getPage().reload();
            }
        });

        RadioButtonGroup<DigestFrequency> digest = new RadioButtonGroup<>(getTranslation("digest.label"));
        digest.setId("digest-frequency");
        digest.setItems(DigestFrequency.values());
        digest.setItemLabelGenerator(f -> getTranslation("digest.frequency." + f.name()));
        digest.setHelperText(getTranslation("digest.helper"));
        digest.setValue(notifications.digestFrequency());
        digest.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                notifications.changeDigestFrequency(event.getValue());
                Notifications.success(getTranslation("digest.saved"));
            }
        });

        add(
                new Section(
                        new H2(getTranslation("profile.details")),
                        new ProfileDetailsForm(users, me, saved -> who.setText(summary(saved)))),
                new Section(new H2(getTranslation("profile.email")), new EmailChangeForm(users, me)),
                new Section(new H2(getTranslation("profile.language")), language),
                new Section(new H2(getTranslation("digest.label")), digest),
                new Section(
                        new H2(getTranslation("profile.password")),
                        new PasswordChangeForm(
                                users, () -> Notifications.success(getTranslation("profile.password.changed")))));
        add(
                Instantiator.get(UI.getCurrent()).createComponent(MailPreferencesSection.class),
                Instantiator.get(UI.getCurrent()).createComponent(CalendarFeedSection.class));
    }

    private String summary(MyProfile me) {
        return me.displayName() + " · " + me.email() + " · "
                + getTranslation("role." + me.role().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.name");
    }
}
