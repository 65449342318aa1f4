package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.users.MyProfile;
import nl.geboortezorg.werkplaats.users.ProfileDraft;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;

/** How a user describes themselves: name, job title and discipline (the kind of organisation they work for). */
class ProfileDetailsForm extends Div {

    private final TextField displayName = new TextField();
    private final TextField jobTitle = new TextField();
    private final Select<OrganisationType> discipline = new Select<>();
    private final FormErrors errors = new FormErrors();
    private int version;

    ProfileDetailsForm(UserService users, MyProfile me, Consumer<MyProfile> saved) {
        version = me.version();
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setId("profile-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(UserDraft.DISPLAY_NAME_MAX);
        displayName.setValue(me.displayName());
        jobTitle.setLabel(getTranslation("profile.job-title"));
        jobTitle.setId("profile-job-title");
        jobTitle.setMaxLength(ProfileDraft.JOB_TITLE_MAX);
        jobTitle.setHelperText(getTranslation("profile.job-title.helper"));
        jobTitle.setValue(me.jobTitle() == null ? "" : me.jobTitle());
        discipline.setLabel(getTranslation("profile.discipline"));
        discipline.setId("profile-discipline");
        discipline.setItems(OrganisationType.values());
        discipline.setItemLabelGenerator(type -> type == null
                ? getTranslation("profile.discipline.none")
                : getTranslation("organisation-type." + type.name()));
        discipline.setEmptySelectionAllowed(true);
        discipline.setEmptySelectionCaption(getTranslation("profile.discipline.none"));
        discipline.setValue(me.organisationType());
        errors.bind("displayName", displayName).bind("jobTitle", jobTitle);

        Button save = new Button(getTranslation("profile.details.save"));
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                MyProfile updated = users.updateMyProfile(
                        version, new ProfileDraft(displayName.getValue(), jobTitle.getValue(), discipline.getValue()));
                version = updated.version();
                errors.clear();
                Notifications.success(getTranslation("profile.details.saved"));
                saved.accept(updated);
            } catch (ValidationException invalid) {
                errors.show(invalid, this);
            } catch (ConcurrentEditException stale) {
                ConcurrentEditDialog.open(
                        save, () -> getUI().ifPresent(ui -> ui.getPage().reload()));
            }
        });
        add(new FormLayout(displayName, jobTitle, discipline), save);
    }
}
