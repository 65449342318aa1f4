package nl.geboortezorg.werkplaats.mkba.model;

import java.util.Objects;

/** A party that pays costs or receives benefits, with the funding stream its money runs through. */
public record Stakeholder(long id, String name, FundingStream fundingStream) {

    public Stakeholder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fundingStream, "fundingStream");
    }
}
