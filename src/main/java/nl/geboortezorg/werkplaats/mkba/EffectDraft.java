package nl.geboortezorg.werkplaats.mkba;

import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;

/** An effect that cannot be priced, as typed. */
public record EffectDraft(String description, Long stakeholderId, EffectDirection direction) {

    public static final int DESCRIPTION_MAX = 300;
}
