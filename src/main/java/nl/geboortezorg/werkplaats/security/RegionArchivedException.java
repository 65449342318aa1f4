package nl.geboortezorg.werkplaats.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A write refused because the region it belongs to is archived: whoever asks, admins included.
 * It is an {@link AccessDeniedException}, so nothing that refuses a write lets it through, and it
 * carries its own reason, so the user reads why instead of a bare refusal.
 */
public class RegionArchivedException extends AccessDeniedException {

    /** The translation key of the message shown to the user. */
    public static final String MESSAGE_KEY = "region.archived.read-only";

    private final long regionId;

    public RegionArchivedException(long regionId) {
        super("Region " + regionId + " is archived");
        this.regionId = regionId;
    }

    public long regionId() {
        return regionId;
    }
}
