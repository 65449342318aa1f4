package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.AbstractField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;

/**
 * Number fields whose text could not be read as a number (letters, two commas) have no value, but
 * the text stays in the field. Saving then would silently drop it; instead the form names each
 * such field and saves nothing.
 */
final class NumberInputs {

    private NumberInputs() {}

    /** Refuses when a field shows text but holds no number. */
    static void requireReadable(List<Map.Entry<String, ? extends AbstractField<?, ?>>> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, ? extends AbstractField<?, ?>> entry : fields) {
            AbstractField<?, ?> field = entry.getValue();
            boolean named = problems.stream().anyMatch(p -> p.field().equals(entry.getKey()));
            if (!named && field.getValue() == null && field.getElement().getProperty("_hasInputValue", false)) {
                problems.add(FieldProblem.of(entry.getKey(), "mkba.unreadable-number"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
