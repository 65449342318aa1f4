package nl.geboortezorg.werkplaats.factsheets;

import java.util.List;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/**
 * What the region's writers type in a version of a factsheet. A draft may be saved half-written;
 * only submitting asks for every required section.
 */
public record FactsheetDraft(
        String title,
        PublicationLevel level,
        @Nullable String context,
        @Nullable String targetGroup,
        @Nullable String approach,
        List<Long> partnerIds,
        @Nullable String results,
        List<KeyFigure> keyFigures,
        @Nullable String lessons,
        @Nullable String financing,
        @Nullable String contact) {

    public static final int TITLE_MAX = 200;
    public static final int SECTION_MAX = 5_000;

    public FactsheetDraft {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
    }

    /** The text of a text section (null for the partners, which are a list). */
    public @Nullable String text(FactsheetSection section) {
        return switch (section) {
            case CONTEXT -> context;
            case TARGET_GROUP -> targetGroup;
            case APPROACH -> approach;
            case PARTNERS -> null;
            case RESULTS -> results;
            case LESSONS -> lessons;
            case FINANCING -> financing;
            case CONTACT -> contact;
        };
    }
}
