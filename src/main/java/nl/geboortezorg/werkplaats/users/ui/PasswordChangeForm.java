package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.users.UserService;

/** Current password, a new one twice; used on the profile page and for the forced first change. */
class PasswordChangeForm extends Div {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final FormErrors errors = new FormErrors();

    PasswordChangeForm(UserService users, Runnable changed) {
        current.setLabel(getTranslation("profile.password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("profile.password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("profile.password.rule", UserService.PASSWORD_MIN, UserService.PASSWORD_MAX));
        next.setMaxLength(UserService.PASSWORD_MAX);
        repeat.setLabel(getTranslation("profile.password.repeat"));
        repeat.setId("repeat-password");
        errors.bind("currentPassword", current).bind("newPassword", next).bind("repeatPassword", repeat);

        Button save = new Button(getTranslation("profile.password.change"), click -> {
            try {
                if (!next.getValue().equals(repeat.getValue())) {
                    throw new ValidationException(FieldProblem.of("repeatPassword", "profile.password.mismatch"));
                }
                users.changeMyPassword(current.getValue(), next.getValue());
                errors.clear();
                current.clear();
                next.clear();
                repeat.clear();
                changed.run();
            } catch (ValidationException invalid) {
                errors.show(invalid, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        add(new FormLayout(current, next, repeat), save);
    }
}
