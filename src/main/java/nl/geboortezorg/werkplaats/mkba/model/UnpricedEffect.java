package nl.geboortezorg.werkplaats.mkba.model;

import java.util.Objects;

/** An effect that cannot be expressed in euros, listed with who feels it and in which direction. */
public record UnpricedEffect(String description, long stakeholderId, EffectDirection direction) {

    public UnpricedEffect {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(direction, "direction");
    }
}
