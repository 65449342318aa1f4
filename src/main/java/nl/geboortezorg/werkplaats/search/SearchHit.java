package nl.geboortezorg.werkplaats.search;

import java.time.Instant;

/**
 * One item a source found.
 *
 * @param title what the result is called (for session notes: the session and the agenda item)
 * @param regionName the item's region, or null for something national
 * @param when the moment the item is known by: the session's start, when a bottleneck
 *        was raised, a comment written, a factsheet or analysis last saved, a document uploaded
 * @param text the searched text, from which the matching fragment is cut
 * @param link the route of the page that shows the item, relative to the application
 */
public record SearchHit(SearchType type, long id, String title, String regionName, Instant when, String text,
        String link) {
}
