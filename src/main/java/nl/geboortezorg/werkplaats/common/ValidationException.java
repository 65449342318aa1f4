package nl.geboortezorg.werkplaats.common;

import java.util.List;

/** Input that a service refused, with a problem per field so the form can show it in place. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public ValidationException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
