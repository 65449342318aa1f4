package nl.geboortezorg.werkplaats.factsheets;

import java.util.Optional;
import nl.geboortezorg.werkplaats.documents.DocumentLinkPolicy;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.factsheets.internal.FactsheetRepository;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Component;

/** The region's writers link documents to its factsheets (the report behind the results, say). */
@Component
class FactsheetDocuments implements DocumentLinkPolicy {

    private final FactsheetRepository factsheets;

    FactsheetDocuments(FactsheetRepository factsheets) {
        this.factsheets = factsheets;
    }

    @Override
    public LinkTarget.Type type() {
        return LinkTarget.Type.FACTSHEET;
    }

    @Override
    public boolean mayLink(Actor actor, long factsheetId) {
        return factsheets
                .head(factsheetId)
                .map(head -> actor.canWriteIn(head.regionId()))
                .orElse(false);
    }

    @Override
    public Optional<Long> regionOf(long factsheetId) {
        return factsheets.head(factsheetId).map(FactsheetRepository.Head::regionId);
    }
}
