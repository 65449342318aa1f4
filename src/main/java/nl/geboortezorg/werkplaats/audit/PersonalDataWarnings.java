package nl.geboortezorg.werkplaats.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.PersonalData;
import nl.geboortezorg.werkplaats.common.PersonalDataConfirmations;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirmed personal-data warnings, in the audit trail: which form, which fields, what kind; never the text. */
@Service
public class PersonalDataWarnings implements PersonalDataConfirmations {

    static final String WARNING = "personal-data-warning";
    /** A form's and a field's name come from the code; anything longer is not a name. */
    static final int NAME_MAX = 200;

    static final int FIELDS_MAX = 50;

    private final AuditTrail audit;
    private final AccessGuard access;

    PersonalDataWarnings(AuditTrail audit, AccessGuard access) {
        this.audit = audit;
        this.access = access;
    }

    @Override
    @Transactional
    public void confirmed(String form, List<String> fields, Set<PersonalData.Kind> kinds) {
        long userId = access.signedIn().id();
        FieldChecks checks = new FieldChecks().text("form", form, NAME_MAX);
        if (fields.size() > FIELDS_MAX) {
            checks.add(FieldProblem.of("fields", "validation.too-many", FIELDS_MAX));
        }
        fields.forEach(field -> checks.text("fields", field, NAME_MAX));
        checks.throwIfAny();
        audit.record(
                WARNING,
                userId,
                "confirmed",
                Map.of(
                        "form",
                        form,
                        "fields",
                        List.copyOf(fields),
                        "kinds",
                        new TreeSet<>(kinds).stream().map(Enum::name).toList()));
    }
}
