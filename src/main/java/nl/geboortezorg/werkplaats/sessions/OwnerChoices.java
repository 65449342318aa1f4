package nl.geboortezorg.werkplaats.sessions;

import java.util.List;

/** Who may own an action of a session, and the organisations they may act for. */
public record OwnerChoices(List<Choice> people, List<Choice> organisations) {

    /** One option: its id and the name to show. */
    public record Choice(long id, String name) {}

    public OwnerChoices {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
    }
}
