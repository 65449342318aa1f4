package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.bottlenecks.internal.BottleneckRepository;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionChoices;
import nl.geboortezorg.werkplaats.sessions.AgendaSuggestion;
import nl.geboortezorg.werkplaats.sessions.AgendaSuggestionSource;
import org.springframework.stereotype.Component;

/**
 * Feeds a region's sessions from the register: its own open bottlenecks, then the open ones of
 * other regions it has not recognised yet, the most recognised first, so that a session is where
 * a region discusses them and says whether it recognises them.
 */
@Component
class BottleneckAgendaSuggestions implements AgendaSuggestionSource {

    private final BottleneckRepository bottlenecks;
    private final RegionChoices regionChoices;

    BottleneckAgendaSuggestions(BottleneckRepository bottlenecks, RegionChoices regionChoices) {
        this.bottlenecks = bottlenecks;
        this.regionChoices = regionChoices;
    }

    @Override
    public List<AgendaSuggestion> suggestionsFor(long regionId, int limit) {
        Map<Long, RegionChoice> regions = regionChoices.byId();
        List<AgendaSuggestion> suggestions = new ArrayList<>();
        bottlenecks.openForAgenda(regionId, true, limit, regions).stream()
                .map(b -> suggestion(AgendaSuggestion.Kind.OWN_BOTTLENECK, b))
                .forEach(suggestions::add);
        bottlenecks.openForAgenda(regionId, false, limit, regions).stream()
                .map(b -> suggestion(AgendaSuggestion.Kind.OTHER_REGION_BOTTLENECK, b))
                .forEach(suggestions::add);
        return suggestions;
    }

    private static AgendaSuggestion suggestion(AgendaSuggestion.Kind kind, BottleneckSummary bottleneck) {
        return new AgendaSuggestion(
                kind,
                bottleneck.title(),
                bottleneck.regionName(),
                null,
                bottleneck.recognitionCount(),
                bottleneck.id());
    }
}
