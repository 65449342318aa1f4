package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jspecify.annotations.Nullable;

/**
 * Creates (invites) a user or changes one: name, role, regions, language; and deactivates or
 * reactivates an existing one. The form stays open with the typed values when the service refuses.
 */
class UserDialog extends Dialog {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<RegionSummary> regions = new MultiSelectComboBox<>();
    private final Select<Language> language = new Select<>();
    private final FormErrors errors = new FormErrors();

    UserDialog(UserService users, List<RegionSummary> allRegions, @Nullable UserAccount existing, Runnable refresh) {
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        email.setLabel(getTranslation("user.email"));
        email.setId("user-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setId("user-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(UserDraft.DISPLAY_NAME_MAX);
        displayName.setHelperText(getTranslation("validation.max-length-hint", UserDraft.DISPLAY_NAME_MAX));
        role.setLabel(getTranslation("user.role"));
        role.setId("user-role");
        List<Role> assignable = users.assignableRoles();
        // Facilitators may look at admins and facilitators but not change them: the service refuses.
        boolean manageable = existing == null || assignable.contains(existing.role());
        role.setItems(
                manageable
                        ? assignable
                        : List.of(Objects.requireNonNull(existing, "only an existing user can be unmanageable")
                                .role()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        regions.setLabel(getTranslation("user.regions"));
        regions.setId("user-regions");
        regions.setItems(allRegions);
        regions.setItemLabelGenerator(RegionSummary::name);
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name()));
        language.setValue(Language.NL);
        errors.bind("email", email)
                .bind("displayName", displayName)
                .bind("role", role)
                .bind("regionIds", regions);

        if (existing != null) {
            email.setValue(existing.email());
            email.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            regions.setValue(allRegions.stream()
                    .filter(region -> existing.regionIds().contains(region.id()))
                    .collect(Collectors.toSet()));
            language.setValue(existing.language());
        } else {
            role.setValue(Role.PROFESSIONAL);
        }
        add(new FormLayout(email, displayName, role, regions, language));
        Button cancel = new Button(getTranslation(manageable ? "action.cancel" : "action.close"), click -> close());
        getFooter().add(cancel);
        if (!manageable) {
            displayName.setReadOnly(true);
            role.setReadOnly(true);
            regions.setReadOnly(true);
            language.setReadOnly(true);
            return;
        }

        Button save = new Button(getTranslation("action.save"));
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> attempt(save, refresh, () -> {
            if (existing == null) {
                SentLinkDialog.show(users.create(draft()).invitation(), this);
            } else {
                users.update(existing.id(), existing.version(), draft());
            }
            return null;
        }));
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.active() ? "users.deactivate" : "users.reactivate"));
            toggle.setId("toggle-active");
            toggle.addThemeVariants(existing.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggle.addClickListener(click -> attempt(
                    toggle,
                    refresh,
                    () -> existing.active()
                            ? users.deactivate(existing.id(), existing.version())
                            : users.reactivate(existing.id(), existing.version())));
            // An invited user has no password yet: the invitation is sent again instead of a reset link.
            Button link = existing.invited()
                    ? new Button(getTranslation("users.resend-invitation"))
                    : new Button(getTranslation("users.send-reset-link"));
            link.setId(existing.invited() ? "resend-invitation" : "send-reset-link");
            link.setEnabled(existing.active());
            link.addClickListener(click -> attempt(link, refresh, () -> {
                SentLinkDialog.show(
                        existing.invited()
                                ? users.resendInvitation(existing.id())
                                : users.sendPasswordReset(existing.id()),
                        this);
                return null;
            }));
            getFooter().add(toggle, link);
        }
        getFooter().add(save);
    }

    private UserDraft draft() {
        Set<Long> regionIds = regions.getValue().stream().map(RegionSummary::id).collect(Collectors.toSet());
        return new UserDraft(email.getValue(), displayName.getValue(), role.getValue(), regionIds, language.getValue());
    }

    private void attempt(Button source, Runnable refresh, Supplier<?> action) {
        try {
            action.get();
            close();
            refresh.run();
        } catch (ValidationException invalid) {
            errors.show(invalid, this);
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(source, () -> {
                close();
                refresh.run();
            });
        }
    }
}
