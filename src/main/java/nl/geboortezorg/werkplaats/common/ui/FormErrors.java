package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /** The bound fields by name, in the order they were bound. */
    public Map<String, HasValidation> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** The problem in the user's language, with dates in Dutch format. */
    public static String message(FieldProblem problem, Component context) {
        Object[] arguments = problem.arguments().stream()
                .map(argument -> switch (argument) {
                    case Instant moment -> DutchFormats.dateTime(moment);
                    case LocalDateTime dateTime -> DutchFormats.dateTime(dateTime);
                    case LocalDate date -> DutchFormats.date(date);
                    default -> argument;
                })
                .toArray();
        return context.getTranslation(problem.messageKey(), arguments);
    }

    /** The first problem in the user's language; for actions that have no form to show it at. */
    public static String firstMessage(ValidationException problems, Component context) {
        return message(problems.problems().getFirst(), context);
    }

    public void show(ValidationException problems, Component context) {
        clear();
        boolean focused = false;
        for (FieldProblem problem : problems.problems()) {
            String message = message(problem, context);
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
