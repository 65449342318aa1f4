package nl.geboortezorg.werkplaats.testsupport;

import java.util.List;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;

/** For tests of refused input: the refusal a call gives, and the fields it names. */
public final class Refusals {

    private Refusals() {}

    /** The validation error the call throws; fails the test when it throws none. */
    public static ValidationException invalid(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("Expected a validation error");
    }

    public static List<String> fields(ValidationException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }
}
