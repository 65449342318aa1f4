package nl.geboortezorg.werkplaats.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one input before a service acts on it, so that a form gets every
 * field error at once and nothing is written when any of them is wrong.
 */
public final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldChecks required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required"));
        }
        return this;
    }

    public FieldChecks required(String field, @Nullable Object value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
        }
        return this;
    }

    /** Required text of at most {@code max} characters (after trimming). */
    public FieldChecks text(String field, @Nullable String value, int max) {
        required(field, value);
        return maxLength(field, value, max);
    }

    /**
     * Free text of at most {@code max} characters (after trimming) that holds no citizen service
     * number: the platform is about collaboration, never about patients.
     */
    public FieldChecks maxLength(String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            // refused already: no need to read a crafted megabyte for personal data as well
            problems.add(FieldProblem.of(field, "validation.too-long", max));
            return this;
        }
        return noCitizenNumber(field, value);
    }

    /** Refuses text with a number that passes the citizen service number's eleven-test, naming only its last digits. */
    public FieldChecks noCitizenNumber(String field, @Nullable String value) {
        PersonalData.scan(value).stream()
                .filter(PersonalData.Finding::refuses)
                .findFirst()
                .ifPresent(finding -> {
                    String digits = finding.excerpt().replaceAll("\\D", "");
                    problems.add(FieldProblem.of(
                            field, "privacy.citizen-service-number", digits.substring(digits.length() - 3)));
                });
        return this;
    }

    public FieldChecks email(String field, @Nullable String value) {
        text(field, value, 254);
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            problems.add(FieldProblem.of(field, "validation.email"));
        }
        return this;
    }

    public FieldChecks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
