package nl.geboortezorg.werkplaats.mkba.model;

import java.util.List;

/**
 * Everything the calculation yields: each item's flows, the totals, and the same per stakeholder
 * and per funding stream, which together answer "who pays, who benefits".
 */
public record Results(
        Analysis analysis,
        List<ItemResult> items,
        Totals total,
        List<StakeholderResult> stakeholders,
        List<StreamResult> fundingStreams) {

    public Results {
        items = List.copyOf(items);
        stakeholders = List.copyOf(stakeholders);
        fundingStreams = List.copyOf(fundingStreams);
    }

    public record StakeholderResult(Stakeholder stakeholder, Totals totals) {}

    public record StreamResult(FundingStream fundingStream, Totals totals) {}

    /** A stakeholder that loses while others gain: it pays where they benefit. */
    public record WrongPocket(Stakeholder payer, List<Stakeholder> beneficiaries) {

        public WrongPocket {
            beneficiaries = List.copyOf(beneficiaries);
        }
    }

    /** A win-win: the whole gains and no stakeholder loses. */
    public boolean winWin() {
        return total.gains() && stakeholders.stream().noneMatch(s -> s.totals().loses());
    }

    /** Every stakeholder that loses, with the stakeholders that gain; empty when nobody or everybody gains. */
    public List<WrongPocket> wrongPockets() {
        List<Stakeholder> gaining = stakeholders.stream()
                .filter(s -> s.totals().gains())
                .map(StakeholderResult::stakeholder)
                .toList();
        if (gaining.isEmpty()) {
            return List.of();
        }
        return stakeholders.stream()
                .filter(s -> s.totals().loses())
                .map(s -> new WrongPocket(s.stakeholder(), gaining))
                .toList();
    }

    public ItemResult item(long itemId) {
        return items.stream()
                .filter(i -> i.item().id() == itemId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
    }

    public Totals of(Stakeholder stakeholder) {
        return stakeholders.stream()
                .filter(s -> s.stakeholder().id() == stakeholder.id())
                .findFirst()
                .map(StakeholderResult::totals)
                .orElseThrow(() -> new IllegalArgumentException("No stakeholder " + stakeholder.id()));
    }
}
