package nl.geboortezorg.werkplaats.regions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.regions.internal.RegionRepository;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The regions as pickers, lists and matrices name them, read in one place for every feature.
 * Called from within the features' services, which have decided access already.
 */
@Component
public class RegionChoices {

    private final RegionRepository regions;

    RegionChoices(RegionRepository regions) {
        this.regions = regions;
    }

    /**
     * Every region in name order, archived ones included: for naming the region of an item and for
     * overviews. To offer regions to choose from, use {@link #writableBy}.
     */
    public List<RegionChoice> all() {
        return regions.choices();
    }

    /** Every region by its id. */
    public Map<Long, RegionChoice> byId() {
        return all().stream().collect(Collectors.toMap(RegionChoice::id, Function.identity()));
    }

    /** The regions the actor may create and edit items in, in name order; never an archived one. */
    public List<RegionChoice> writableBy(Actor actor) {
        return all().stream().filter(region -> actor.canWriteIn(region.id())).toList();
    }
}
