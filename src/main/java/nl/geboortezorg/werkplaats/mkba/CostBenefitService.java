package nl.geboortezorg.werkplaats.mkba;

import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.Loaded;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionChoices;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Readership;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social cost-benefit analyses (MKBA) as their readers find them: the lists, one analysis with
 * everything in it, and the public knowledge base. The region's writers read all of the region's
 * analyses; anyone else reads published ones per their publication level (observers the national
 * and public ones). An analysis is written through {@link AnalysisLifecycleService} and
 * {@link AnalysisPartsService}; the bottlenecks that block its benefits through
 * {@link BlockedBenefitService}.
 */
@Service
public class CostBenefitService {

    private final AnalysisRepository analyses;
    private final AnalysisAccess access;
    private final RegionChoices regionChoices;

    CostBenefitService(AnalysisRepository analyses, AnalysisAccess access, RegionChoices regionChoices) {
        this.analyses = analyses;
        this.access = access;
        this.regionChoices = regionChoices;
    }

    /** Analyses (not their scenarios) the signed-in user may read, the latest saved first. */
    @Transactional(readOnly = true)
    public List<AnalysisSummary> find(AnalysisFilter filter, int offset, int limit) {
        Actor actor = access.signedIn();
        return analyses.find(filter, Readership.of(Optional.of(actor)), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AnalysisFilter filter) {
        Actor actor = access.signedIn();
        return analyses.count(filter, Readership.of(Optional.of(actor)));
    }

    /** The public knowledge base: published public analyses (not scenarios), for anyone, signed in or not. */
    @Transactional(readOnly = true)
    public List<AnalysisSummary> findPublic(String text, int offset, int limit) {
        return analyses.find(AnalysisFilter.all().containing(text), Readership.publicOnly(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPublic(String text) {
        return analyses.count(AnalysisFilter.all().containing(text), Readership.publicOnly());
    }

    /**
     * A published public analysis for anyone, with nothing that points elsewhere in the platform:
     * no scenarios, no bottlenecks, no names of who saved it. Empty for any other analysis.
     */
    @Transactional(readOnly = true)
    public Optional<AnalysisDetail> publicAnalysis(long id) {
        return analyses.head(id)
                .filter(head -> head.state() == AnalysisState.PUBLISHED && head.level() == PublicationLevel.PUBLIC)
                .flatMap(head -> analyses.load(id))
                .map(a -> new AnalysisDetail(
                        a.id(),
                        a.regionId(),
                        a.regionName(),
                        null,
                        null,
                        a.heading(),
                        a.state(),
                        a.savedAt(),
                        "",
                        a.publishedAt(),
                        a.version(),
                        analyses.stakeholders(a.id()),
                        analyses.items(a.id()),
                        analyses.effects(a.id()),
                        List.of(),
                        List.of(),
                        false));
    }

    /** The analysis with all its parts, when the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<AnalysisDetail> detail(long id) {
        Actor actor = access.signedIn();
        return analyses.load(id)
                .filter(a -> AnalysisAccess.readable(
                        actor, a.regionId(), a.state(), a.heading().level()))
                .map(loaded -> detail(actor, loaded));
    }

    private AnalysisDetail detail(Actor actor, Loaded a) {
        long baseId = a.scenarioOfId() == null ? a.id() : a.scenarioOfId();
        return new AnalysisDetail(
                a.id(),
                a.regionId(),
                a.regionName(),
                a.scenarioOfId(),
                a.scenarioOfTitle(),
                a.heading(),
                a.state(),
                a.savedAt(),
                a.savedBy(),
                a.publishedAt(),
                a.version(),
                analyses.stakeholders(a.id()),
                analyses.items(a.id()),
                analyses.effects(a.id()),
                analyses.family(baseId, Readership.of(Optional.of(actor))),
                analyses.blockers(a.id()),
                actor.canWriteIn(a.regionId()));
    }

    /** The regions the signed-in user may start an analysis in. */
    @Transactional(readOnly = true)
    public List<RegionChoice> regionsToWriteIn() {
        return regionChoices.writableBy(access.signedIn());
    }
}
