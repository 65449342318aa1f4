package nl.geboortezorg.werkplaats.mkba;

import nl.geboortezorg.werkplaats.mkba.model.FundingStream;

/** A stakeholder as typed. */
public record StakeholderDraft(String name, FundingStream fundingStream) {

    public static final int NAME_MAX = 200;
}
