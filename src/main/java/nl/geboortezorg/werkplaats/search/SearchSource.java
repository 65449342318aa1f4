package nl.geboortezorg.werkplaats.search;

import java.util.List;
import nl.geboortezorg.werkplaats.security.Actor;

/**
 * A feature's part in the search: it finds its own items that match the words, checking in the
 * same query what the reader may read, the way its own lists do.
 */
public interface SearchSource {

    SearchType type();

    /** The first {@code limit} matching items the reader may read, newest first. */
    List<SearchHit> find(SearchQuery query, Actor reader, int limit);

    /** How many matching items the reader may read. */
    int count(SearchQuery query, Actor reader);
}
