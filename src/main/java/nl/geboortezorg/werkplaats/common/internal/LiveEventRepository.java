package nl.geboortezorg.werkplaats.common.internal;

import static nl.geboortezorg.werkplaats.db.Tables.LIVE_EVENT;
import static org.jooq.impl.DSL.max;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The live events that application instances leave for each other. */
@Repository
public class LiveEventRepository {

    /** One event as read back: which instance wrote it, on which channel, for which key. */
    public record StoredEvent(long id, String node, String channel, long key, String payload) {}

    private final DSLContext dsl;

    LiveEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(String node, String channel, long key, String payload, Instant createdAt) {
        dsl.insertInto(LIVE_EVENT)
                .set(LIVE_EVENT.NODE, node)
                .set(LIVE_EVENT.CHANNEL, channel)
                .set(LIVE_EVENT.EVENT_KEY, key)
                .set(LIVE_EVENT.PAYLOAD, payload)
                .set(LIVE_EVENT.CREATED_AT, createdAt)
                .execute();
    }

    /** The events after the given id, oldest first. */
    public List<StoredEvent> after(long id, int limit) {
        return dsl.select(LIVE_EVENT.ID, LIVE_EVENT.NODE, LIVE_EVENT.CHANNEL, LIVE_EVENT.EVENT_KEY, LIVE_EVENT.PAYLOAD)
                .from(LIVE_EVENT)
                .where(LIVE_EVENT.ID.gt(id))
                .orderBy(LIVE_EVENT.ID)
                .limit(limit)
                .fetch(r -> new StoredEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The highest id written so far, or 0. */
    public long lastId() {
        Long last =
                dsl.select(max(LIVE_EVENT.ID)).from(LIVE_EVENT).fetchSingle().value1();
        return last == null ? 0 : last;
    }

    public int deleteOlderThan(Instant moment) {
        return dsl.deleteFrom(LIVE_EVENT)
                .where(LIVE_EVENT.CREATED_AT.lt(moment))
                .execute();
    }
}
