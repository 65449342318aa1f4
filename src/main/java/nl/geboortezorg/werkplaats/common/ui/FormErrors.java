package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;

/**
 * Shows a service's field problems next to the fields they belong to, translated, and keeps what
 * the user typed. A problem for a field the form does not show becomes a notification.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(ValidationException problems, Component context) {
        clear();
        boolean focused = false;
        for (FieldProblem problem : problems.problems()) {
            String message = context.getTranslation(problem.messageKey(), problem.arguments().toArray());
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                Notifications.error(message);
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (!focused && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
    }
}
