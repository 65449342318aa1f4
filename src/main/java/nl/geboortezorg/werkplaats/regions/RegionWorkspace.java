package nl.geboortezorg.werkplaats.regions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the region workspace page shows. Members are listed only to those who may see the
 * region's internals (its members, facilitators and admins); others see just how many there are.
 * Nothing is editable in an archived region.
 *
 * @param editable whether the user may add, change and remove the region's organisations
 * @param leadMarkable whether the user may mark which organisation is the lead organisation
 */
public record RegionWorkspace(
        Region region,
        List<Organisation> organisations,
        Set<OrganisationType> missingTypes,
        Optional<List<Member>> members,
        int memberCount,
        boolean editable,
        boolean leadMarkable) {

    public RegionWorkspace {
        organisations = List.copyOf(organisations);
        missingTypes = Set.copyOf(missingTypes);
    }

    public Optional<Organisation> leadOrganisation() {
        return organisations.stream().filter(Organisation::lead).findFirst();
    }

    /** The partner organisations by type, in the order of {@link OrganisationType}. */
    public Map<OrganisationType, List<Organisation>> organisationsByType() {
        Map<OrganisationType, List<Organisation>> byType = new EnumMap<>(OrganisationType.class);
        for (Organisation organisation : organisations) {
            byType.computeIfAbsent(organisation.type(), t -> new ArrayList<>()).add(organisation);
        }
        return byType;
    }
}
