package nl.geboortezorg.werkplaats.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results, newest first.
 *
 * @param total how many results there are of the chosen types
 * @param perType how many results each type has, whatever types were chosen (for the filter)
 */
public record SearchResults(
        SearchQuery query, List<SearchResult> results, int offset, int total, Map<SearchType, Integer> perType) {

    public SearchResults {
        results = List.copyOf(results);
        perType = Map.copyOf(perType);
    }

    static SearchResults none(SearchQuery query) {
        return new SearchResults(query, List.of(), 0, 0, Map.of());
    }
}
