package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Instant;
import java.util.List;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefit;
import nl.geboortezorg.werkplaats.mkba.BlockedValue;
import nl.geboortezorg.werkplaats.sessions.Minutes;

/**
 * The case for one bottleneck as its reader may read it: the bottleneck with its dated timeline
 * (the addressees' responses and follow-ups among it) and every region's recognition, the minutes
 * of the sessions that had it on their agenda, the benefits of cost-benefit analyses it blocks with
 * their present values, and the documents linked to it.
 *
 * @param minutes the closed sessions the reader may see that discussed it, the earliest first
 * @param compiledFor who it was compiled for, as the dossier says on its first page
 */
public record EvidenceDossier(
        BottleneckDetail detail,
        List<Minutes> minutes,
        List<BlockedBenefit> blockedBenefits,
        BlockedValue blockedValue,
        List<Document> documents,
        String compiledFor,
        Instant compiledAt) {

    public EvidenceDossier {
        minutes = List.copyOf(minutes);
        blockedBenefits = List.copyOf(blockedBenefits);
        documents = List.copyOf(documents);
    }

    public Bottleneck bottleneck() {
        return detail.bottleneck();
    }
}
