package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_RECOGNITION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.geboortezorg.werkplaats.bottlenecks.Recognition;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Recognitions: one per bottleneck and region, guarded by a unique key. */
@Repository
public class RecognitionRepository {

    private final DSLContext dsl;

    RecognitionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The bottleneck's recognitions by region name; mayWithdraw is decided by the given test on the region id. */
    public List<Recognition> of(long bottleneckId, Predicate<Long> mayWithdraw) {
        return find(BOTTLENECK_RECOGNITION.BOTTLENECK_ID.eq(bottleneckId), mayWithdraw);
    }

    public Optional<Recognition> findById(long id) {
        return find(BOTTLENECK_RECOGNITION.ID.eq(id), regionId -> false).stream()
                .findFirst();
    }

    /** Recognitions of several bottlenecks at once, by bottleneck id. */
    public Map<Long, List<Recognition>> ofAll(Collection<Long> bottleneckIds) {
        Map<Long, List<Recognition>> result = new HashMap<>();
        if (!bottleneckIds.isEmpty()) {
            for (Recognition recognition : find(BOTTLENECK_RECOGNITION.BOTTLENECK_ID.in(bottleneckIds), r -> false)) {
                result.computeIfAbsent(recognition.bottleneckId(), k -> new ArrayList<>())
                        .add(recognition);
            }
        }
        return result;
    }

    private List<Recognition> find(Condition condition, Predicate<Long> mayWithdraw) {
        return dsl.select(
                        BOTTLENECK_RECOGNITION.ID,
                        BOTTLENECK_RECOGNITION.BOTTLENECK_ID,
                        BOTTLENECK_RECOGNITION.REGION_ID,
                        REGION.NAME,
                        BOTTLENECK_RECOGNITION.QUOTE,
                        APP_USER.DISPLAY_NAME,
                        BOTTLENECK_RECOGNITION.RECOGNISED_AT)
                .from(BOTTLENECK_RECOGNITION)
                .join(REGION)
                .on(REGION.ID.eq(BOTTLENECK_RECOGNITION.REGION_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(BOTTLENECK_RECOGNITION.RECOGNISED_BY))
                .where(condition)
                .orderBy(REGION.NAME)
                .fetch(r -> toRecognition(r, mayWithdraw));
    }

    private static Recognition toRecognition(Record r, Predicate<Long> mayWithdraw) {
        long regionId = r.get(BOTTLENECK_RECOGNITION.REGION_ID);
        return new Recognition(
                r.get(BOTTLENECK_RECOGNITION.ID),
                r.get(BOTTLENECK_RECOGNITION.BOTTLENECK_ID),
                regionId,
                r.get(REGION.NAME),
                r.get(BOTTLENECK_RECOGNITION.QUOTE),
                r.get(APP_USER.DISPLAY_NAME),
                r.get(BOTTLENECK_RECOGNITION.RECOGNISED_AT),
                mayWithdraw.test(regionId));
    }

    public Set<Long> regionIdsOf(long bottleneckId) {
        return Set.copyOf(dsl.select(BOTTLENECK_RECOGNITION.REGION_ID)
                .from(BOTTLENECK_RECOGNITION)
                .where(BOTTLENECK_RECOGNITION.BOTTLENECK_ID.eq(bottleneckId))
                .fetch(BOTTLENECK_RECOGNITION.REGION_ID));
    }

    /** Records the recognition; empty when the region already recognises the bottleneck. */
    public Optional<Long> insert(long bottleneckId, long regionId, @Nullable String quote, long userId, Instant now) {
        try {
            return Optional.of(dsl.insertInto(BOTTLENECK_RECOGNITION)
                    .set(BOTTLENECK_RECOGNITION.BOTTLENECK_ID, bottleneckId)
                    .set(BOTTLENECK_RECOGNITION.REGION_ID, regionId)
                    .set(BOTTLENECK_RECOGNITION.QUOTE, quote)
                    .set(BOTTLENECK_RECOGNITION.RECOGNISED_BY, userId)
                    .set(BOTTLENECK_RECOGNITION.RECOGNISED_AT, now)
                    .returning(BOTTLENECK_RECOGNITION.ID)
                    .fetchOptional(BOTTLENECK_RECOGNITION.ID)
                    .orElseThrow());
        } catch (DuplicateKeyException duplicate) {
            return Optional.empty();
        }
    }

    public void delete(long id) {
        dsl.deleteFrom(BOTTLENECK_RECOGNITION)
                .where(BOTTLENECK_RECOGNITION.ID.eq(id))
                .execute();
    }

    /** Sets the bottleneck's recognition count from its recognitions. */
    public void recount(long bottleneckId) {
        dsl.update(BOTTLENECK)
                .set(
                        BOTTLENECK.RECOGNITION_COUNT,
                        DSL.select(DSL.count())
                                .from(BOTTLENECK_RECOGNITION)
                                .where(BOTTLENECK_RECOGNITION.BOTTLENECK_ID.eq(bottleneckId))
                                .asField())
                .where(BOTTLENECK.ID.eq(bottleneckId))
                .execute();
    }

    /**
     * Moves a merged bottleneck's recognitions to the target, except for regions the target already
     * counts (its own region and those that recognise it): those stay on the merged bottleneck,
     * where they remain readable. The merged bottleneck's own region becomes a recognition of the
     * target, by whoever raised it, when the target does not count that region yet.
     *
     * @return how many recognitions the target gained
     */
    public int moveToMergeTarget(
            long sourceId,
            long sourceRegionId,
            long sourceRaisedBy,
            Instant sourceRaisedAt,
            long targetId,
            long targetRegionId) {
        Set<Long> counted = new HashSet<>(regionIdsOf(targetId));
        counted.add(targetRegionId);
        int moved = dsl.update(BOTTLENECK_RECOGNITION)
                .set(BOTTLENECK_RECOGNITION.BOTTLENECK_ID, targetId)
                .where(BOTTLENECK_RECOGNITION.BOTTLENECK_ID.eq(sourceId))
                .and(BOTTLENECK_RECOGNITION.REGION_ID.notIn(counted))
                .execute();
        if (!counted.contains(sourceRegionId)
                && insert(targetId, sourceRegionId, null, sourceRaisedBy, sourceRaisedAt)
                        .isPresent()) {
            moved++;
        }
        recount(sourceId);
        recount(targetId);
        return moved;
    }
}
