package nl.geboortezorg.werkplaats.documents.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;
import org.jspecify.annotations.Nullable;

/** The document library as other features link to it; the view stays package-private. */
public final class DocumentNavigation {

    private DocumentNavigation() {}

    /**
     * A region's library, narrowed to the documents that match the words when there are any:
     * documents have no page of their own, they are listed (and downloaded) there.
     */
    public static ViewLink library(String regionCode, @Nullable String words) {
        return ViewLink.to(DocumentLibraryView.class)
                .with(DocumentLibraryView.REGION_PARAMETER, regionCode)
                .with(DocumentLibraryView.TEXT_PARAMETER, words);
    }
}
