package nl.geboortezorg.werkplaats.documents;

import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/** What is typed about a document; the description is optional. */
public record DocumentDraft(String title, @Nullable String description, PublicationLevel level) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2_000;
}
