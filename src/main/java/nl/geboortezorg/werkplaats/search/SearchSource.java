package nl.geboortezorg.werkplaats.search;

import java.util.List;
import nl.geboortezorg.werkplaats.security.Actor;

/**
 * A feature's part in the search: it finds its own items that match the words, checking in the
 * same query what the reader may read, the way its own lists do.
 */
public interface SearchSource {

    SearchType type();

    /**
     * The first {@code limit} (at least one) matching items the reader may read, newest first,
     * and how many there are in all: one query, so that the full-text index is read once.
     */
    Found find(SearchQuery query, Actor reader, int limit);

    /** Some of the matching items, and how many match in all. */
    record Found(List<SearchHit> hits, int total) {

        public Found {
            hits = List.copyOf(hits);
        }
    }
}
