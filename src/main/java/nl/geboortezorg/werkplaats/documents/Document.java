package nl.geboortezorg.werkplaats.documents;

import java.time.LocalDateTime;
import nl.geboortezorg.werkplaats.security.PublicationLevel;

/** A shared file of a region with what was checked on upload; uploadedAt in Dutch time. */
public record Document(long id, long regionId, String regionCode, String regionName, String title,
        String description, PublicationLevel level, String originalName, FileType type, long size, String sha256,
        String uploadedBy, LocalDateTime uploadedAt, int version) {
}
