package nl.geboortezorg.werkplaats.bottlenecks;

import java.util.Optional;
import nl.geboortezorg.werkplaats.bottlenecks.internal.BottleneckRepository;
import nl.geboortezorg.werkplaats.documents.DocumentLinkPolicy;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.security.Actor;
import org.springframework.stereotype.Component;

/** Whoever may write in the region that raised a bottleneck links documents to it (facilitators too). */
@Component
class BottleneckDocuments implements DocumentLinkPolicy {

    private final BottleneckRepository bottlenecks;

    BottleneckDocuments(BottleneckRepository bottlenecks) {
        this.bottlenecks = bottlenecks;
    }

    @Override
    public LinkTarget.Type type() {
        return LinkTarget.Type.BOTTLENECK;
    }

    @Override
    public boolean mayLink(Actor actor, long bottleneckId) {
        return bottlenecks
                .findById(bottleneckId)
                .map(b -> actor.canWriteIn(b.regionId()))
                .orElse(false);
    }

    @Override
    public Optional<Long> regionOf(long bottleneckId) {
        return bottlenecks.findById(bottleneckId).map(Bottleneck::regionId);
    }
}
