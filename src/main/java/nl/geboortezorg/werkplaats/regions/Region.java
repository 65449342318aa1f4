package nl.geboortezorg.werkplaats.regions;

import org.jspecify.annotations.Nullable;

/** A regional partnership. */
public record Region(
        long id, String code, String name, @Nullable String description, int version) {}
