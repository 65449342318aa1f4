package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_EVENT;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntryType;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The bottlenecks' timelines: rows are only ever added. */
@Repository
public class TimelineRepository {

    /** The steps that count as progress on the agenda; recognitions and merges in are not. */
    private static final Set<TimelineEntryType> STEPS = EnumSet.of(TimelineEntryType.STATUS,
            TimelineEntryType.PROMOTED, TimelineEntryType.AGENDA_UPDATED, TimelineEntryType.RESPONSE,
            TimelineEntryType.FOLLOW_UP);

    private static final AppUser ACTOR = APP_USER.as("actor");
    private static final AppUser TRACK_OWNER = APP_USER.as("track_owner");

    private final DSLContext dsl;

    TimelineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long append(long bottleneckId, TimelineEntry entry, long actorId, Instant now) {
        return dsl.insertInto(BOTTLENECK_EVENT)
                .set(BOTTLENECK_EVENT.BOTTLENECK_ID, bottleneckId)
                .set(BOTTLENECK_EVENT.OCCURRED_AT, now)
                .set(BOTTLENECK_EVENT.ACTOR_ID, actorId)
                .set(BOTTLENECK_EVENT.TYPE, entry.type())
                .set(BOTTLENECK_EVENT.FROM_STATUS, entry.fromStatus())
                .set(BOTTLENECK_EVENT.TO_STATUS, entry.toStatus())
                .set(BOTTLENECK_EVENT.ADDRESSEES, entry.addressees().isEmpty() ? null
                        : entry.addressees().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .set(BOTTLENECK_EVENT.TEXT, entry.text())
                .set(BOTTLENECK_EVENT.NEXT_STEP, entry.nextStep())
                .set(BOTTLENECK_EVENT.FOLLOW_UP_DATE, entry.followUpDate())
                .set(BOTTLENECK_EVENT.TRACK_OWNER_ID, entry.trackOwnerId())
                .set(BOTTLENECK_EVENT.RELATED_ID, entry.relatedId())
                .returning(BOTTLENECK_EVENT.ID)
                .fetchOne(BOTTLENECK_EVENT.ID);
    }

    /** The timeline in the order it happened. */
    public List<TimelineEntry> of(long bottleneckId) {
        return select(BOTTLENECK_EVENT.BOTTLENECK_ID.eq(bottleneckId));
    }

    /** The latest agenda step of each bottleneck, by bottleneck id. */
    public Map<Long, TimelineEntry> lastStepsOf(Collection<Long> bottleneckIds) {
        if (bottleneckIds.isEmpty()) {
            return Map.of();
        }
        var latest = DSL.select(DSL.max(BOTTLENECK_EVENT.ID)).from(BOTTLENECK_EVENT)
                .where(BOTTLENECK_EVENT.BOTTLENECK_ID.in(bottleneckIds)).and(BOTTLENECK_EVENT.TYPE.in(STEPS))
                .groupBy(BOTTLENECK_EVENT.BOTTLENECK_ID);
        Map<Long, Long> owners = dsl.select(BOTTLENECK_EVENT.ID, BOTTLENECK_EVENT.BOTTLENECK_ID).from(BOTTLENECK_EVENT)
                .where(BOTTLENECK_EVENT.ID.in(latest))
                .fetchMap(BOTTLENECK_EVENT.ID, BOTTLENECK_EVENT.BOTTLENECK_ID);
        return select(BOTTLENECK_EVENT.ID.in(owners.keySet())).stream()
                .collect(Collectors.toMap(entry -> owners.get(entry.id()), Function.identity()));
    }

    private List<TimelineEntry> select(Condition condition) {
        return dsl.select(BOTTLENECK_EVENT.fields())
                .select(ACTOR.DISPLAY_NAME, TRACK_OWNER.DISPLAY_NAME)
                .from(BOTTLENECK_EVENT)
                .join(ACTOR).on(ACTOR.ID.eq(BOTTLENECK_EVENT.ACTOR_ID))
                .leftJoin(TRACK_OWNER).on(TRACK_OWNER.ID.eq(BOTTLENECK_EVENT.TRACK_OWNER_ID))
                .where(condition)
                .orderBy(BOTTLENECK_EVENT.OCCURRED_AT, BOTTLENECK_EVENT.ID)
                .fetch(TimelineRepository::toEntry);
    }

    private static TimelineEntry toEntry(Record r) {
        String addressees = r.get(BOTTLENECK_EVENT.ADDRESSEES);
        Set<Addressee> parsed = EnumSet.noneOf(Addressee.class);
        if (addressees != null) {
            for (String code : addressees.split(",")) {
                parsed.add(Addressee.valueOf(code));
            }
        }
        return new TimelineEntry(r.get(BOTTLENECK_EVENT.ID), r.get(BOTTLENECK_EVENT.OCCURRED_AT),
                r.get(ACTOR.DISPLAY_NAME), r.get(BOTTLENECK_EVENT.TYPE),
                r.get(BOTTLENECK_EVENT.FROM_STATUS), r.get(BOTTLENECK_EVENT.TO_STATUS),
                parsed, r.get(BOTTLENECK_EVENT.TEXT), r.get(BOTTLENECK_EVENT.NEXT_STEP),
                r.get(BOTTLENECK_EVENT.FOLLOW_UP_DATE), r.get(BOTTLENECK_EVENT.TRACK_OWNER_ID),
                r.get(TRACK_OWNER.DISPLAY_NAME), r.get(BOTTLENECK_EVENT.RELATED_ID));
    }
}
