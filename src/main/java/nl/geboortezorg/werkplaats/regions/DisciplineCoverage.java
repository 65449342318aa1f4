package nl.geboortezorg.werkplaats.regions;

import java.util.List;
import java.util.Map;

/**
 * Which disciplines take part in which region: for every organisation type, per active region,
 * its partner organisations of that type and the members who name it as their discipline.
 *
 * @param regions the columns, in name order
 * @param disciplines one per organisation type, in the type's order
 */
public record DisciplineCoverage(List<RegionChoice> regions, List<Discipline> disciplines) {

    public DisciplineCoverage {
        regions = List.copyOf(regions);
        disciplines = List.copyOf(disciplines);
    }

    /** The expected disciplines that take no part in the region, in the type's order. */
    public List<OrganisationType> missingIn(long regionId) {
        return disciplines.stream()
                .filter(d -> d.missingIn(regionId))
                .map(Discipline::type)
                .toList();
    }

    /** How a discipline takes part in one region. */
    public record Presence(int organisations, int members) {

        public static final Presence NONE = new Presence(0, 0);

        Presence plus(Presence other) {
            return new Presence(organisations + other.organisations, members + other.members);
        }

        public boolean takesPart() {
            return organisations > 0 || members > 0;
        }
    }

    /** One organisation type across the regions; presence by region id. */
    public record Discipline(OrganisationType type, Map<Long, Presence> byRegion) {

        public Discipline {
            byRegion = Map.copyOf(byRegion);
        }

        /** Whether every partnership is expected to bring this discipline in. */
        public boolean expected() {
            return OrganisationType.EXPECTED.contains(type);
        }

        public Presence in(long regionId) {
            return byRegion.getOrDefault(regionId, Presence.NONE);
        }

        /** Expected, yet neither an organisation nor a member of the region brings it in. */
        public boolean missingIn(long regionId) {
            return expected() && !in(regionId).takesPart();
        }
    }
}
