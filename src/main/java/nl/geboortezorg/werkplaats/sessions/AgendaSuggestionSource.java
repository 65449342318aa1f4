package nl.geboortezorg.werkplaats.sessions;

import java.util.List;

/**
 * A feature that proposes agenda items for a region's session (the bottleneck register does),
 * without the sessions depending on it. Called inside the planner's transaction, after access was
 * checked.
 */
public interface AgendaSuggestionSource {

    /** At most {@code limit} suggestions of each kind the source knows, the most pressing first. */
    List<AgendaSuggestion> suggestionsFor(long regionId, int limit);
}
