package nl.geboortezorg.werkplaats.mkba;

import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import org.jspecify.annotations.Nullable;

/** An effect that cannot be priced, as typed. */
public record EffectDraft(String description, @Nullable Long stakeholderId, EffectDirection direction) {

    public static final int DESCRIPTION_MAX = 300;
}
