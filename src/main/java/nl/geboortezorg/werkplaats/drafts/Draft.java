package nl.geboortezorg.werkplaats.drafts;

import java.time.Instant;
import java.util.Map;

/** The text its writer left in a form's fields (by field name), and when it was last kept. */
public record Draft(Map<String, String> fields, Instant savedAt) {

    public Draft {
        fields = Map.copyOf(fields);
    }
}
