package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentDownload;
import nl.geboortezorg.werkplaats.documents.DocumentFileVersion;
import nl.geboortezorg.werkplaats.documents.DocumentService;

/** Links that download a document under its original name, and how a document's file is described. */
public final class DocumentDownloads {

    private DocumentDownloads() {}

    /**
     * A link to the document's file. The service checks again at download time, so a link kept
     * after the document was narrowed or removed gives nothing away.
     */
    public static Anchor anchor(DocumentService documents, Document document, String text) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    DocumentDownload file = documents.download(document.id()).orElse(null);
                    if (file == null) {
                        return DownloadResponse.error(404);
                    }
                    return new DownloadResponse(file.content(), file.fileName(), file.mediaType(), file.size());
                }),
                text);
        anchor.addClassName("document-download");
        anchor.getElement().setAttribute("data-document", String.valueOf(document.id()));
        return anchor;
    }

    /**
     * A link to one numbered file of the document, the current one or an earlier one; checked at
     * download time as {@link #anchor(DocumentService, Document, String)} is.
     */
    static Anchor anchor(DocumentService documents, DocumentFileVersion file, String text) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    DocumentDownload download = documents
                            .downloadVersion(file.documentId(), file.number())
                            .orElse(null);
                    if (download == null) {
                        return DownloadResponse.error(404);
                    }
                    return new DownloadResponse(
                            download.content(), download.fileName(), download.mediaType(), download.size());
                }),
                text);
        anchor.addClassName("document-version-download");
        anchor.getElement().setAttribute("data-document", String.valueOf(file.documentId()));
        anchor.getElement().setAttribute("data-file-version", String.valueOf(file.number()));
        return anchor;
    }

    /** "PDF · 1,2 MB": the type and size in Dutch notation. */
    public static String describe(Document document) {
        return document.type().name() + " · " + size(document.size());
    }

    static String describe(DocumentFileVersion file) {
        return file.type().name() + " · " + size(file.size());
    }

    static String size(long bytes) {
        DecimalFormat format =
                new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        if (bytes < 1024 * 1024) {
            return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " kB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
