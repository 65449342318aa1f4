package nl.geboortezorg.werkplaats.documents;

import java.time.Instant;

/**
 * One of the files a document has had: number 1 is the first upload, each replacement the next
 * number, the highest the file the document downloads as now.
 */
public record DocumentFileVersion(
        long documentId,
        int number,
        String originalName,
        FileType type,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
