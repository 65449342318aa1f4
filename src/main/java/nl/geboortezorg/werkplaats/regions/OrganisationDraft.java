package nl.geboortezorg.werkplaats.regions;

/** What a user types to add or change a partner organisation. */
public record OrganisationDraft(String name, OrganisationType type) {

    public static final int NAME_MAX = 150;
}
