package nl.geboortezorg.werkplaats.common;

import java.util.List;

/**
 * One thing wrong with one input field: the field's name, a translation key for the message and
 * the key's arguments (for example the maximum length).
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
