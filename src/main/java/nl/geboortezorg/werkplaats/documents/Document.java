package nl.geboortezorg.werkplaats.documents;

import java.time.Instant;
import nl.geboortezorg.werkplaats.security.PublicationLevel;

/** A shared file of a region with what was checked on upload. */
public record Document(
        long id,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        String description,
        PublicationLevel level,
        String originalName,
        FileType type,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        int version) {}
