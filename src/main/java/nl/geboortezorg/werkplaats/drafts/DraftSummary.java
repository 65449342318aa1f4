package nl.geboortezorg.werkplaats.drafts;

import java.time.Instant;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.Destination;

/** A draft its writer left, by form, with when it was last kept and the start of its longest text. */
public record DraftSummary(DraftKey key, Instant savedAt, String preview) {

    public static final int PREVIEW_MAX = 80;

    /**
     * The page where the draft's form is opened again, for the forms that belong to an item with a
     * page of its own; empty for the others (a new region, an anchoring comment, a new document).
     */
    public Optional<Destination> destination() {
        long item = key.item();
        if (item == 0) {
            return Optional.empty();
        }
        return switch (key.form()) {
            case BOTTLENECK, BOTTLENECK_COMMENT, RECOGNITION, AGENDA_PLACE, ADDRESSEE_RESPONSE, FOLLOW_UP ->
                Optional.of(new Destination.Bottleneck(item));
            case ANALYSIS, NEW_COST, NEW_BENEFIT, NEW_EFFECT -> Optional.of(new Destination.Analysis(item));
            case SESSION_PLAN, MINUTES_CORRECTION, BOTTLENECK_FROM_SESSION ->
                Optional.of(new Destination.Session(item));
            case FACTSHEET, FACTSHEET_WITHDRAWAL -> Optional.of(new Destination.Factsheet(item));
            case LINE_ITEM,
                    EFFECT,
                    DOCUMENT,
                    DECISION,
                    ACTION_ITEM,
                    ANCHORING,
                    REGION,
                    CHANGED_DECISION,
                    CHANGED_ACTION_ITEM,
                    COMMENT_EDIT,
                    BOTTLENECK_FROM_AGENDA_ITEM -> Optional.empty();
        };
    }
}
