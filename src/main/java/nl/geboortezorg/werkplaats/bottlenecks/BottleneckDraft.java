package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.Set;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/** What a professional types when raising or editing a bottleneck; sessionId is optional. */
public record BottleneckDraft(
        String title,
        String description,
        BottleneckCategory category,
        Set<OrganisationType> organisationTypes,
        Set<Addressee> addressees,
        @Nullable Long sessionId) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    public BottleneckDraft {
        organisationTypes = organisationTypes == null ? Set.of() : Set.copyOf(organisationTypes);
        addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
    }
}
