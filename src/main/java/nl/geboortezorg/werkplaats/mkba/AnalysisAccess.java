package nl.geboortezorg.werkplaats.mkba;

import java.util.Optional;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.Head;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change an analysis, as every analysis service checks it: the region's writers
 * read and write its analyses; anyone else reads a published one at a level they read. Parts of
 * an analysis change only while it is a draft.
 */
@Component
class AnalysisAccess {

    private final AnalysisRepository analyses;
    private final AccessGuard access;

    AnalysisAccess(AnalysisRepository analyses, AccessGuard access) {
        this.analyses = analyses;
        this.access = access;
    }

    /** The signed-in actor; refuses anyone else. */
    Actor signedIn() {
        return access.signedIn();
    }

    /** The signed-in actor, if there is one. */
    Optional<Actor> current() {
        return access.currentActor();
    }

    /** The signed-in actor when they write in the region. */
    Actor writerIn(long regionId) {
        return access.requireWriteIn(regionId);
    }

    static boolean readable(Actor actor, Head head) {
        return readable(actor, head.regionId(), head.state(), head.level());
    }

    static boolean readable(Actor actor, long regionId, AnalysisState state, PublicationLevel level) {
        return actor.canSeeInternalsOf(regionId)
                || state == AnalysisState.PUBLISHED && level.readableBy(Optional.of(actor), regionId);
    }

    static void requireWrite(Actor actor, long regionId) {
        actor.requireOpen(regionId);
        if (!actor.canWriteIn(regionId)) {
            throw new AccessDeniedException("No write access to region " + regionId);
        }
    }

    /** The analysis, when the actor writes in its region. */
    Head writable(Actor actor, long analysisId) {
        Head head = analyses.head(analysisId).orElseThrow(() -> notFound(analysisId));
        requireWrite(actor, head.regionId());
        return head;
    }

    /**
     * The analysis, locked for the transaction so that changes of it and of its parts happen one
     * at a time, when the actor writes in its region.
     */
    Head locked(Actor actor, long analysisId) {
        Head head = analyses.lock(analysisId).orElseThrow(() -> notFound(analysisId));
        requireWrite(actor, head.regionId());
        return head;
    }

    /** The analysis, locked, when the actor writes in its region and it is a draft. */
    Head editable(Actor actor, long analysisId) {
        Head head = locked(actor, analysisId);
        AnalysisRules.editable(head.state());
        return head;
    }

    private static NotFoundException notFound(long analysisId) {
        return new NotFoundException(AnalysisLifecycleService.ANALYSIS, analysisId);
    }
}
