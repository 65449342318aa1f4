package nl.geboortezorg.werkplaats.anchoring.internal;

import static nl.geboortezorg.werkplaats.db.Tables.ANCHORING_ASSESSMENT;
import static nl.geboortezorg.werkplaats.db.Tables.ANCHORING_SCORE;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geboortezorg.werkplaats.anchoring.Assessment;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Assessments with their scores, per region and quarter. */
@Repository
public class AnchoringRepository {

    private final DSLContext dsl;

    AnchoringRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A region's assessments from the given quarter on, the latest first. */
    public List<Assessment> ofRegion(long regionId, Quarter from) {
        List<Assessment> heads = dsl.select(ANCHORING_ASSESSMENT.asterisk(), APP_USER.DISPLAY_NAME)
                .from(ANCHORING_ASSESSMENT)
                .join(APP_USER)
                .on(APP_USER.ID.eq(ANCHORING_ASSESSMENT.SAVED_BY))
                .where(ANCHORING_ASSESSMENT.REGION_ID.eq(regionId))
                .and(ANCHORING_ASSESSMENT
                        .YEAR
                        .gt(from.year())
                        .or(ANCHORING_ASSESSMENT.YEAR.eq(from.year()).and(ANCHORING_ASSESSMENT.QUARTER.ge((byte)
                                from.quarter()))))
                .orderBy(ANCHORING_ASSESSMENT.YEAR.desc(), ANCHORING_ASSESSMENT.QUARTER.desc())
                .fetch(r -> assessment(r, List.of()));
        Map<Long, List<Score>> scores =
                scores(heads.stream().map(Assessment::id).toList());
        return heads.stream()
                .map(a -> new Assessment(
                        a.id(),
                        a.regionId(),
                        a.quarter(),
                        scores.getOrDefault(a.id(), List.of()),
                        a.savedBy(),
                        a.savedAt(),
                        a.version()))
                .toList();
    }

    public Optional<Assessment> find(long regionId, Quarter quarter) {
        return dsl.select(ANCHORING_ASSESSMENT.asterisk(), APP_USER.DISPLAY_NAME)
                .from(ANCHORING_ASSESSMENT)
                .join(APP_USER)
                .on(APP_USER.ID.eq(ANCHORING_ASSESSMENT.SAVED_BY))
                .where(ANCHORING_ASSESSMENT.REGION_ID.eq(regionId))
                .and(ANCHORING_ASSESSMENT.YEAR.eq(quarter.year()))
                .and(ANCHORING_ASSESSMENT.QUARTER.eq((byte) quarter.quarter()))
                .fetchOptional(r -> assessment(r, List.of()))
                .map(a -> new Assessment(
                        a.id(),
                        a.regionId(),
                        a.quarter(),
                        scores(List.of(a.id())).getOrDefault(a.id(), List.of()),
                        a.savedBy(),
                        a.savedAt(),
                        a.version()));
    }

    private static Assessment assessment(Record r, List<Score> scores) {
        return new Assessment(
                r.get(ANCHORING_ASSESSMENT.ID),
                r.get(ANCHORING_ASSESSMENT.REGION_ID),
                new Quarter(r.get(ANCHORING_ASSESSMENT.YEAR), r.get(ANCHORING_ASSESSMENT.QUARTER)),
                scores,
                r.get(APP_USER.DISPLAY_NAME),
                r.get(ANCHORING_ASSESSMENT.SAVED_AT),
                r.get(ANCHORING_ASSESSMENT.VERSION));
    }

    private Map<Long, List<Score>> scores(List<Long> assessmentIds) {
        Map<Long, List<Score>> scores = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return scores;
        }
        dsl.selectFrom(ANCHORING_SCORE)
                .where(ANCHORING_SCORE.ASSESSMENT_ID.in(assessmentIds))
                .orderBy(ANCHORING_SCORE.DIMENSION)
                .forEach(r -> scores.computeIfAbsent(r.getAssessmentId(), k -> new ArrayList<>())
                        .add(new Score(
                                r.getDimension(),
                                r.getScore().intValue(),
                                r.getComment() == null ? "" : r.getComment())));
        scores.values().forEach(list -> list.sort(java.util.Comparator.comparing(Score::dimension)));
        return scores;
    }

    /** Creates the quarter's assessment; refused when the region assessed that quarter meanwhile. */
    public long insert(long regionId, Quarter quarter, List<Score> scores, long userId, Instant now) {
        int inserted = dsl.insertInto(ANCHORING_ASSESSMENT)
                .set(ANCHORING_ASSESSMENT.REGION_ID, regionId)
                .set(ANCHORING_ASSESSMENT.YEAR, quarter.year())
                .set(ANCHORING_ASSESSMENT.QUARTER, (byte) quarter.quarter())
                .set(ANCHORING_ASSESSMENT.SAVED_BY, userId)
                .set(ANCHORING_ASSESSMENT.SAVED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        if (inserted == 0) {
            throw changedMeanwhile(regionId, quarter);
        }
        long id = idOf(regionId, quarter).orElseThrow();
        replaceScores(id, scores);
        return id;
    }

    /** Saves new scores over the quarter's assessment, while it is as it was read. */
    public long update(long regionId, Quarter quarter, int version, List<Score> scores, long userId, Instant now) {
        long id = idOf(regionId, quarter).orElseThrow(() -> changedMeanwhile(regionId, quarter));
        VersionedUpdate.of(dsl, ANCHORING_ASSESSMENT, id, version)
                .set(ANCHORING_ASSESSMENT.SAVED_BY, userId)
                .set(ANCHORING_ASSESSMENT.SAVED_AT, now)
                .execute();
        replaceScores(id, scores);
        return id;
    }

    private Optional<Long> idOf(long regionId, Quarter quarter) {
        return dsl.select(ANCHORING_ASSESSMENT.ID)
                .from(ANCHORING_ASSESSMENT)
                .where(ANCHORING_ASSESSMENT.REGION_ID.eq(regionId))
                .and(ANCHORING_ASSESSMENT.YEAR.eq(quarter.year()))
                .and(ANCHORING_ASSESSMENT.QUARTER.eq((byte) quarter.quarter()))
                .fetchOptional(ANCHORING_ASSESSMENT.ID);
    }

    private static ConcurrentEditException changedMeanwhile(long regionId, Quarter quarter) {
        return new ConcurrentEditException(ANCHORING_ASSESSMENT.getName(), regionId + "/" + quarter);
    }

    private void replaceScores(long id, List<Score> scores) {
        dsl.deleteFrom(ANCHORING_SCORE)
                .where(ANCHORING_SCORE.ASSESSMENT_ID.eq(id))
                .execute();
        for (Score score : scores) {
            dsl.insertInto(ANCHORING_SCORE)
                    .set(ANCHORING_SCORE.ASSESSMENT_ID, id)
                    .set(ANCHORING_SCORE.DIMENSION, score.dimension())
                    .set(ANCHORING_SCORE.SCORE, score.score().byteValue())
                    .set(ANCHORING_SCORE.COMMENT, score.comment())
                    .execute();
        }
    }

    /** The scores of the quarter per region, for the regions that assessed it. */
    public Map<Long, Map<Dimension, Integer>> scoresOf(Quarter quarter) {
        Map<Long, Map<Dimension, Integer>> scores = new HashMap<>();
        dsl.select(ANCHORING_ASSESSMENT.REGION_ID, ANCHORING_SCORE.DIMENSION, ANCHORING_SCORE.SCORE)
                .from(ANCHORING_SCORE)
                .join(ANCHORING_ASSESSMENT)
                .on(ANCHORING_ASSESSMENT.ID.eq(ANCHORING_SCORE.ASSESSMENT_ID))
                .where(ANCHORING_ASSESSMENT.YEAR.eq(quarter.year()))
                .and(ANCHORING_ASSESSMENT.QUARTER.eq((byte) quarter.quarter()))
                .forEach(r -> scores.computeIfAbsent(r.value1(), k -> new EnumMap<>(Dimension.class))
                        .put(r.value2(), r.value3().intValue()));
        return scores;
    }
}
