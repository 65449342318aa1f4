package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_EVENT;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.AgendaFields;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.AgendaUpdated;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.FollowUp;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.MergedIn;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.MergedInto;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Promoted;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Raised;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Recognised;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.RecognitionWithdrawn;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Response;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.Stamp;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntry.StatusChanged;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntryType;
import nl.geboortezorg.werkplaats.db.tables.AppUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The bottlenecks' timelines: rows are only ever added. */
@Repository
public class TimelineRepository {

    /** The steps that count as progress on the agenda; recognitions and merges in are not. */
    private static final Set<TimelineEntryType> STEPS = EnumSet.of(
            TimelineEntryType.STATUS,
            TimelineEntryType.PROMOTED,
            TimelineEntryType.AGENDA_UPDATED,
            TimelineEntryType.RESPONSE,
            TimelineEntryType.FOLLOW_UP);

    private static final AppUser ACTOR = APP_USER.as("actor");
    private static final AppUser TRACK_OWNER = APP_USER.as("track_owner");

    private final DSLContext dsl;

    TimelineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long append(long bottleneckId, TimelineEntry entry, long actorId, Instant now) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(BOTTLENECK_EVENT.BOTTLENECK_ID, bottleneckId);
        values.put(BOTTLENECK_EVENT.OCCURRED_AT, now);
        values.put(BOTTLENECK_EVENT.ACTOR_ID, actorId);
        values.put(BOTTLENECK_EVENT.TYPE, entry.type());
        switch (entry) {
            case Raised raised -> {}
            case StatusChanged status -> {
                values.put(BOTTLENECK_EVENT.FROM_STATUS, status.from());
                values.put(BOTTLENECK_EVENT.TO_STATUS, status.to());
                values.put(BOTTLENECK_EVENT.TEXT, status.note());
            }
            case Promoted promoted -> {
                values.put(BOTTLENECK_EVENT.FROM_STATUS, promoted.from());
                values.put(BOTTLENECK_EVENT.TO_STATUS, BottleneckStatus.ON_AGENDA);
                putAgenda(values, promoted.agenda());
            }
            case AgendaUpdated updated -> putAgenda(values, updated.agenda());
            case Response response -> {
                values.put(BOTTLENECK_EVENT.ADDRESSEES, codes(Set.of(response.addressee())));
                values.put(BOTTLENECK_EVENT.TEXT, response.text());
            }
            case FollowUp followUp -> {
                values.put(BOTTLENECK_EVENT.TEXT, followUp.text());
                values.put(BOTTLENECK_EVENT.NEXT_STEP, followUp.nextStep());
                values.put(BOTTLENECK_EVENT.FOLLOW_UP_DATE, followUp.followUpDate());
            }
            case Recognised recognised -> {
                values.put(BOTTLENECK_EVENT.RELATED_ID, recognised.regionId());
                values.put(BOTTLENECK_EVENT.TEXT, recognised.quote());
            }
            case RecognitionWithdrawn withdrawn -> values.put(BOTTLENECK_EVENT.RELATED_ID, withdrawn.regionId());
            case MergedIn merged -> {
                values.put(BOTTLENECK_EVENT.RELATED_ID, merged.duplicateId());
                values.put(BOTTLENECK_EVENT.TEXT, merged.duplicateTitle());
            }
            case MergedInto merged -> {
                values.put(BOTTLENECK_EVENT.RELATED_ID, merged.targetId());
                values.put(BOTTLENECK_EVENT.TEXT, merged.targetTitle());
            }
        }
        return dsl.insertInto(BOTTLENECK_EVENT)
                .set(values)
                .returning(BOTTLENECK_EVENT.ID)
                .fetchOptional(BOTTLENECK_EVENT.ID)
                .orElseThrow();
    }

    /** The proposed solution goes into the entry's text. */
    private static void putAgenda(Map<Field<?>, Object> values, AgendaFields agenda) {
        values.put(BOTTLENECK_EVENT.ADDRESSEES, codes(agenda.addressees()));
        values.put(BOTTLENECK_EVENT.TEXT, agenda.proposedSolution());
        values.put(BOTTLENECK_EVENT.NEXT_STEP, agenda.nextStep());
        values.put(BOTTLENECK_EVENT.FOLLOW_UP_DATE, agenda.followUpDate());
        values.put(BOTTLENECK_EVENT.TRACK_OWNER_ID, agenda.trackOwnerId());
    }

    /** Addressees are kept as a comma-separated list of their codes. */
    private static @Nullable String codes(Set<Addressee> addressees) {
        return addressees.isEmpty()
                ? null
                : addressees.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Addressee> addressees(@Nullable String codes) {
        Set<Addressee> parsed = EnumSet.noneOf(Addressee.class);
        if (codes != null) {
            for (String code : codes.split(",")) {
                parsed.add(Addressee.valueOf(code));
            }
        }
        return parsed;
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
        var latest = DSL.select(DSL.max(BOTTLENECK_EVENT.ID))
                .from(BOTTLENECK_EVENT)
                .where(BOTTLENECK_EVENT.BOTTLENECK_ID.in(bottleneckIds))
                .and(BOTTLENECK_EVENT.TYPE.in(STEPS))
                .groupBy(BOTTLENECK_EVENT.BOTTLENECK_ID);
        Map<Long, Long> owners = dsl.select(BOTTLENECK_EVENT.ID, BOTTLENECK_EVENT.BOTTLENECK_ID)
                .from(BOTTLENECK_EVENT)
                .where(BOTTLENECK_EVENT.ID.in(latest))
                .fetchMap(BOTTLENECK_EVENT.ID, BOTTLENECK_EVENT.BOTTLENECK_ID);
        return select(BOTTLENECK_EVENT.ID.in(owners.keySet())).stream()
                .collect(Collectors.toMap(entry -> owners.get(entry.id()), Function.identity()));
    }

    private List<TimelineEntry> select(Condition condition) {
        return dsl.select(BOTTLENECK_EVENT.fields())
                .select(ACTOR.DISPLAY_NAME, TRACK_OWNER.DISPLAY_NAME)
                .from(BOTTLENECK_EVENT)
                .join(ACTOR)
                .on(ACTOR.ID.eq(BOTTLENECK_EVENT.ACTOR_ID))
                .leftJoin(TRACK_OWNER)
                .on(TRACK_OWNER.ID.eq(BOTTLENECK_EVENT.TRACK_OWNER_ID))
                .where(condition)
                .orderBy(BOTTLENECK_EVENT.OCCURRED_AT, BOTTLENECK_EVENT.ID)
                .fetch(TimelineRepository::toEntry);
    }

    private static TimelineEntry toEntry(Record r) {
        Stamp stamp =
                new Stamp(r.get(BOTTLENECK_EVENT.ID), r.get(BOTTLENECK_EVENT.OCCURRED_AT), r.get(ACTOR.DISPLAY_NAME));
        String text = r.get(BOTTLENECK_EVENT.TEXT);
        Long related = r.get(BOTTLENECK_EVENT.RELATED_ID);
        return switch (r.get(BOTTLENECK_EVENT.TYPE)) {
            case RAISED -> new Raised(stamp);
            case STATUS ->
                new StatusChanged(stamp, r.get(BOTTLENECK_EVENT.FROM_STATUS), r.get(BOTTLENECK_EVENT.TO_STATUS), text);
            case PROMOTED -> new Promoted(stamp, r.get(BOTTLENECK_EVENT.FROM_STATUS), agenda(r));
            case AGENDA_UPDATED -> new AgendaUpdated(stamp, agenda(r));
            case RESPONSE ->
                new Response(
                        stamp,
                        addressees(r.get(BOTTLENECK_EVENT.ADDRESSEES))
                                .iterator()
                                .next(),
                        text);
            case FOLLOW_UP ->
                new FollowUp(stamp, text, r.get(BOTTLENECK_EVENT.NEXT_STEP), r.get(BOTTLENECK_EVENT.FOLLOW_UP_DATE));
            case RECOGNISED -> new Recognised(stamp, related, text);
            case RECOGNITION_WITHDRAWN -> new RecognitionWithdrawn(stamp, related);
            case MERGED_IN -> new MergedIn(stamp, related, text);
            case MERGED_INTO -> new MergedInto(stamp, related, text);
        };
    }

    private static AgendaFields agenda(Record r) {
        return new AgendaFields(
                addressees(r.get(BOTTLENECK_EVENT.ADDRESSEES)),
                r.get(BOTTLENECK_EVENT.TEXT),
                r.get(BOTTLENECK_EVENT.NEXT_STEP),
                r.get(BOTTLENECK_EVENT.FOLLOW_UP_DATE),
                r.get(BOTTLENECK_EVENT.TRACK_OWNER_ID),
                r.get(TRACK_OWNER.DISPLAY_NAME));
    }
}
