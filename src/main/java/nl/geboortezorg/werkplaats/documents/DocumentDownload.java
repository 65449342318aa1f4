package nl.geboortezorg.werkplaats.documents;

import java.io.InputStream;

/** A document's file to send: its original name, media type, size and content (the caller closes it). */
public record DocumentDownload(String fileName, String mediaType, long size, InputStream content) {}
