package nl.geboortezorg.werkplaats.regions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A regional partnership; archived from {@code archivedAt} on, when it is read-only. */
public record Region(
        long id,
        String code,
        String name,
        @Nullable String description,
        int version,
        @Nullable Instant archivedAt) {

    public boolean archived() {
        return archivedAt != null;
    }
}
