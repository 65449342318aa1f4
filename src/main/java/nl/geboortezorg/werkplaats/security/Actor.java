package nl.geboortezorg.werkplaats.security;

import java.util.Set;

/**
 * The signed-in user as the database knows them right now: role, whether the account is active
 * and the regions they are a member of; and which regions are archived, since nobody writes in
 * those. Services decide access on this, never on what the browser shows.
 */
public record Actor(
        long id,
        String email,
        String displayName,
        Role role,
        boolean active,
        Set<Long> regionIds,
        boolean mustChangePassword,
        Set<Long> archivedRegionIds) {

    public Actor {
        regionIds = Set.copyOf(regionIds);
        archivedRegionIds = Set.copyOf(archivedRegionIds);
    }

    /** The same actor, not held to replacing a one-time password. */
    public Actor withoutPasswordChange() {
        return new Actor(id, email, displayName, role, active, regionIds, false, archivedRegionIds);
    }

    public boolean isMemberOf(long regionId) {
        return regionIds.contains(regionId);
    }

    public boolean hasRole(Role... roles) {
        for (Role candidate : roles) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }

    /** Facilitators and admins moderate: comments, the bottlenecks' review and the national agenda. */
    public boolean moderates() {
        return hasRole(Role.FACILITATOR, Role.ADMIN);
    }

    /**
     * Facilitators and admins work in every region; professionals only in their own. Nobody writes
     * in an archived region.
     */
    public boolean canWriteIn(long regionId) {
        if (archivedRegionIds.contains(regionId)) {
            return false;
        }
        return switch (role) {
            case ADMIN, FACILITATOR -> true;
            case PROFESSIONAL -> isMemberOf(regionId);
            case OBSERVER -> false;
        };
    }

    /**
     * Refuses any write in an archived region, whoever asks: what belongs to the region stays
     * readable but no longer changes until an admin makes the region active again.
     */
    public void requireOpen(long regionId) {
        if (archivedRegionIds.contains(regionId)) {
            throw new RegionArchivedException(regionId);
        }
    }

    /**
     * Whether the region's internal details (such as its member list) are open to this actor.
     * Observers never see them, even when an admin has listed them in the region. Unlike
     * {@link #canWriteIn}, this holds for an archived region too: its work stays readable.
     */
    public boolean canSeeInternalsOf(long regionId) {
        return switch (role) {
            case ADMIN, FACILITATOR -> true;
            case PROFESSIONAL -> isMemberOf(regionId);
            case OBSERVER -> false;
        };
    }
}
