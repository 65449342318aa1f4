package nl.geboortezorg.werkplaats.security;

import java.util.Optional;

/**
 * Who may read a published item of a region: the region itself (its members, facilitators and
 * admins), everyone signed in (observers included), or the public, without signing in.
 */
public enum PublicationLevel {
    REGION,
    NATIONAL,
    PUBLIC;

    /** Whether the actor (empty: an anonymous visitor) may read an item of the region at this level. */
    public boolean readableBy(Optional<Actor> actor, long regionId) {
        return switch (this) {
            case PUBLIC -> true;
            case NATIONAL -> actor.isPresent();
            case REGION -> actor.map(a -> a.canSeeInternalsOf(regionId)).orElse(false);
        };
    }
}
