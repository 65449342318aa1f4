package nl.geboortezorg.werkplaats.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search over everything people write on the platform. Each feature searches its own items
 * and decides in its query what the reader may see; this puts the pages together, newest first.
 */
@Service
public class SearchService {

    /** The longest text the search box takes; longer input is cut, not refused. */
    public static final int TEXT_MAX = 500;

    public static final int PAGE_SIZE_MAX = 100;
    /** Deeper pages are not offered: nobody reads past a thousand results, and each page costs more. */
    public static final int OFFSET_MAX = 1_000;

    static final int FRAGMENT_LENGTH = 220;

    private final List<SearchSource> sources;
    private final AccessGuard access;

    SearchService(List<SearchSource> sources, AccessGuard access) {
        this.sources = sources.stream()
                .sorted(Comparator.comparing(SearchSource::type))
                .toList();
        this.access = access;
    }

    /**
     * A page of what the signed-in user may read that contains every word of the text.
     *
     * @param types the types to list; all when empty
     * @param regionId only items of this region (national sessions are in no region), or null
     */
    @Transactional(readOnly = true)
    public SearchResults search(
            @Nullable String text, Set<SearchType> types, @Nullable Long regionId, int offset, int limit) {
        Actor reader = access.signedIn();
        String typed = text == null ? "" : text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
        SearchQuery query = SearchQuery.of(typed, types, regionId);
        if (query.isEmpty()) {
            return SearchResults.none(query);
        }
        int from = Math.clamp(offset, 0, OFFSET_MAX);
        int size = Math.clamp(limit, 1, PAGE_SIZE_MAX);
        Map<SearchType, Integer> perType = new EnumMap<>(SearchType.class);
        List<SearchHit> hits = new ArrayList<>();
        int total = 0;
        for (SearchSource source : sources) {
            // Types left out of the filter still count, for the filter's labels; one row will do.
            SearchSource.Found found = source.find(query, reader, query.includes(source.type()) ? from + size : 1);
            perType.put(source.type(), found.total());
            if (query.includes(source.type())) {
                total += found.total();
                hits.addAll(found.hits());
            }
        }
        List<SearchResult> page = hits.stream()
                .sorted(Comparator.comparing(SearchHit::when)
                        .reversed()
                        .thenComparing(SearchHit::type)
                        .thenComparing(Comparator.comparingLong(SearchHit::id).reversed()))
                .skip(from)
                .limit(size)
                .map(hit -> new SearchResult(
                        hit,
                        Fragment.whole(hit.title(), query.words()),
                        Fragment.around(hit.text(), query.words(), FRAGMENT_LENGTH)))
                .toList();
        return new SearchResults(query, page, from, total, perType);
    }
}
