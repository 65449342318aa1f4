package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefit;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.BlockedValue;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles evidence dossiers: for one bottleneck, or for every item of the national agenda in
 * priority order. Each part is read through the service that owns it, with the signed-in user's
 * access, so a dossier holds only what its reader may read: an observer's never holds a region's
 * draft analysis, a document kept within a region or a session they may not see.
 */
@Service
public class EvidenceDossierService {

    private final BottleneckService bottlenecks;
    private final NationalAgendaService agenda;
    private final MinutesService minutes;
    private final BlockedBenefitService blockedBenefits;
    private final DocumentService documents;
    private final AccessGuard access;
    private final Clock clock;

    EvidenceDossierService(
            BottleneckService bottlenecks,
            NationalAgendaService agenda,
            MinutesService minutes,
            BlockedBenefitService blockedBenefits,
            DocumentService documents,
            AccessGuard access,
            Clock clock) {
        this.bottlenecks = bottlenecks;
        this.agenda = agenda;
        this.minutes = minutes;
        this.blockedBenefits = blockedBenefits;
        this.documents = documents;
        this.access = access;
        this.clock = clock;
    }

    /** The dossier of the bottleneck, when it exists. */
    @Transactional(readOnly = true)
    public Optional<EvidenceDossier> dossier(long bottleneckId) {
        Actor actor = access.signedIn();
        return bottlenecks.detail(bottleneckId).map(detail -> compile(actor, detail));
    }

    /**
     * The dossiers of every item on the national agenda, in its order; {@code progress} hears how
     * many are done after each one, for a page that shows it.
     */
    @Transactional(readOnly = true)
    public List<EvidenceDossier> agendaDossier(IntConsumer progress) {
        Actor actor = access.signedIn();
        List<AgendaEntry> entries = agenda.agenda();
        List<EvidenceDossier> dossiers = new java.util.ArrayList<>();
        for (AgendaEntry entry : entries) {
            bottlenecks
                    .detail(entry.bottleneckId())
                    .map(detail -> compile(actor, detail))
                    .ifPresent(dossiers::add);
            progress.accept(dossiers.size());
        }
        return dossiers;
    }

    /** How many items the national agenda holds, to show the progress of its dossier against. */
    @Transactional(readOnly = true)
    public int agendaSize() {
        access.signedIn();
        return agenda.agenda().size();
    }

    private EvidenceDossier compile(Actor actor, BottleneckDetail detail) {
        long id = detail.bottleneck().id();
        List<BlockedBenefit> blocked = blockedBenefits.blockedBenefits(id);
        return new EvidenceDossier(
                detail,
                minutes.minutesAbout(id),
                blocked,
                BlockedValue.of(blocked),
                documents.linkedTo(LinkTarget.bottleneck(id)),
                actor.displayName(),
                clock.instant());
    }
}
