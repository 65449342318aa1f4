package nl.geboortezorg.werkplaats.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an actor may read of published items, in the shape a query needs: items at one of the
 * levels, or of one of the regions, or everything. Lists filter with this in the database so
 * that nothing unreadable is ever fetched.
 */
public record Readership(boolean everything, Set<PublicationLevel> levels, Set<Long> regionIds) {

    public Readership {
        levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        regionIds = Set.copyOf(regionIds);
    }

    /** For an actor, or for an anonymous visitor when empty. */
    public static Readership of(Optional<Actor> actor) {
        if (actor.isEmpty()) {
            return new Readership(false, Set.of(PublicationLevel.PUBLIC), Set.of());
        }
        Actor reader = actor.get();
        return switch (reader.role()) {
            case ADMIN, FACILITATOR -> new Readership(true, EnumSet.allOf(PublicationLevel.class), Set.of());
            case PROFESSIONAL ->
                new Readership(
                        false, EnumSet.of(PublicationLevel.NATIONAL, PublicationLevel.PUBLIC), reader.regionIds());
            case OBSERVER ->
                new Readership(false, EnumSet.of(PublicationLevel.NATIONAL, PublicationLevel.PUBLIC), Set.of());
        };
    }

    /** The public only: what the knowledge base shows to anyone. */
    public static Readership publicOnly() {
        return of(Optional.empty());
    }
}
