package nl.geboortezorg.werkplaats.anchoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geboortezorg.werkplaats.anchoring.internal.AnchoringRepository;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionChoices;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anchoring tracker. A region's professionals and the facilitators assess each quarter how
 * sustainably the region's collaboration is anchored; the region (and facilitators) see its trend
 * with the comments; everyone signed in, observers included, sees the national view of scores.
 */
@Service
public class AnchoringService {

    static final String ASSESSMENT = "anchoring-assessment";
    /** How many quarters a region's trend shows. */
    public static final int TREND_QUARTERS = 8;

    private final AnchoringRepository assessments;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final RegionChoices regionChoices;

    AnchoringService(
            AnchoringRepository assessments,
            AccessGuard access,
            AuditTrail audit,
            Clock clock,
            RegionChoices regionChoices) {
        this.assessments = assessments;
        this.regionChoices = regionChoices;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The quarter it is now, in Dutch time. */
    @Transactional(readOnly = true)
    public Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock.withZone(DutchTime.ZONE)));
    }

    /** The regions whose trend the signed-in user may see and assess. */
    @Transactional(readOnly = true)
    public List<RegionChoice> regionsToAssess() {
        Actor actor = access.signedIn();
        return regionChoices.writableBy(actor);
    }

    /** The region's assessments of the last quarters, the latest first, with their comments. */
    @Transactional(readOnly = true)
    public List<Assessment> trend(long regionId) {
        access.requireInternalsOf(regionId);
        return assessments.ofRegion(
                regionId, currentQuarter().andPrevious(TREND_QUARTERS).getLast());
    }

    /**
     * The region's latest assessment of the last quarters and the one of the quarter before it, for
     * those who may see the region's internals; empty for others and for a region not yet assessed.
     */
    @Transactional(readOnly = true)
    public Optional<LatestScores> latestScores(long regionId) {
        if (!access.signedIn().canSeeInternalsOf(regionId)) {
            return Optional.empty();
        }
        List<Assessment> recent = assessments.ofRegion(
                regionId, currentQuarter().andPrevious(TREND_QUARTERS).getLast());
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        Assessment latest = recent.getFirst();
        Quarter before = latest.quarter().previous();
        Assessment previous = recent.stream()
                .filter(a -> a.quarter().equals(before))
                .findFirst()
                .orElse(null);
        return Optional.of(new LatestScores(latest, previous));
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> assessment(long regionId, Quarter quarter) {
        access.requireInternalsOf(regionId);
        return assessments.find(regionId, quarter);
    }

    /** Every region's scores for the quarter, for everyone signed in. */
    @Transactional(readOnly = true)
    public NationalOverview national(Quarter quarter) {
        access.signedIn();
        Map<Long, Map<Dimension, Integer>> scores = assessments.scoresOf(quarter);
        return new NationalOverview(
                quarter,
                regionChoices.all().stream()
                        .map(region -> new NationalOverview.RegionScores(
                                region.id(), region.name(), scores.getOrDefault(region.id(), Map.of())))
                        .toList());
    }

    /**
     * Saves the region's assessment of a quarter: new (version null) or a revision of the one read
     * (its version). Every dimension needs a score from 1 to 5; the quarter may not lie ahead.
     */
    @Transactional
    public Assessment save(long regionId, Quarter quarter, @Nullable Integer version, List<Score> scores) {
        Actor actor = access.requireWriteIn(regionId);
        List<Score> clean = validated(quarter, scores);
        long id = version == null
                ? assessments.insert(regionId, quarter, clean, actor.id(), clock.instant())
                : assessments.update(regionId, quarter, version, clean, actor.id(), clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("regionId", regionId);
        change.put("quarter", quarter.toString());
        clean.forEach(score -> change.put(score.dimension().name(), score.score()));
        audit.record(ASSESSMENT, id, version == null ? "create" : "update", change);
        return assessments.find(regionId, quarter).orElseThrow();
    }

    private List<Score> validated(Quarter quarter, List<Score> scores) {
        FieldChecks checks = new FieldChecks();
        if (quarter.compareTo(currentQuarter()) > 0) {
            checks.add(FieldProblem.of("quarter", "anchoring.future-quarter", quarter.toString()));
        }
        List<Score> clean = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Score score = scores.stream()
                    .filter(s -> s.dimension() == dimension)
                    .findFirst()
                    .orElse(null);
            String field = "score." + dimension.name();
            if (score == null || score.score() == null) {
                checks.add(FieldProblem.of(field, "anchoring.score-required"));
                continue;
            }
            if (score.score() < Score.MIN || score.score() > Score.MAX) {
                checks.add(FieldProblem.of(field, "anchoring.score-range", Score.MIN, Score.MAX));
            }
            String comment = score.comment() == null ? "" : score.comment().strip();
            checks.maxLength("comment." + dimension.name(), comment, Score.COMMENT_MAX);
            clean.add(new Score(dimension, score.score(), comment));
        }
        checks.throwIfAny();
        return clean;
    }
}
