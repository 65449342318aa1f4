package nl.geboortezorg.werkplaats.search;

import java.time.Instant;
import nl.geboortezorg.werkplaats.common.Destination;

/**
 * One item a source found.
 *
 * @param title what the result is called (for session notes: the session and the agenda item)
 * @param regionName the item's region, or null for something national
 * @param when the moment the item is known by: the session's start, when a bottleneck
 *        was raised, a comment written, a factsheet or analysis last saved, a document uploaded
 * @param text the searched text, from which the matching fragment is cut
 * @param destination the page that shows the item: a comment's bottleneck, the session of the
 *        notes, the library of a document's region
 */
public record SearchHit(
        SearchType type,
        long id,
        String title,
        String regionName,
        Instant when,
        String text,
        Destination destination) {}
