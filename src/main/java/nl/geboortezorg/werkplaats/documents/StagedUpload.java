package nl.geboortezorg.werkplaats.documents;

/**
 * A file that was received and passed the checks, waiting to be saved as a document. The key
 * names it in the document store; it means nothing outside it.
 */
public record StagedUpload(String key, String originalName, FileType type, long size, String sha256) {}
