package nl.geboortezorg.werkplaats.sessions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;

import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.search.SearchHit;
import nl.geboortezorg.werkplaats.search.SearchQuery;
import nl.geboortezorg.werkplaats.search.SearchSource;
import nl.geboortezorg.werkplaats.search.SearchType;
import nl.geboortezorg.werkplaats.security.Actor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Session notes and minutes in the search: the notes of agenda items (and their titles), in the
 * sessions the reader may see (observers: closed national sessions only).
 */
@Repository
public class SessionNotesSearch implements SearchSource {

    /** How many items match in all, counted before the page is cut. */
    private static final Field<Integer> TOTAL = DSL.count().over().as("total");

    private final DSLContext dsl;

    SessionNotesSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SearchType type() {
        return SearchType.SESSION;
    }

    @Override
    public Found find(SearchQuery query, Actor reader, int limit) {
        Result<? extends Record> rows = dsl.select(
                        TOTAL,
                        AGENDA_ITEM.ID,
                        AGENDA_ITEM.TITLE,
                        AGENDA_ITEM.NOTES,
                        WORK_SESSION.ID,
                        WORK_SESSION.TITLE,
                        WORK_SESSION.STARTS_AT,
                        REGION.NAME)
                .from(AGENDA_ITEM)
                .join(WORK_SESSION)
                .on(WORK_SESSION.ID.eq(AGENDA_ITEM.SESSION_ID))
                .leftJoin(REGION)
                .on(REGION.ID.eq(WORK_SESSION.REGION_ID))
                .where(conditions(query, reader))
                .orderBy(WORK_SESSION.STARTS_AT.desc(), AGENDA_ITEM.ID.desc())
                .limit(limit)
                .fetch();
        return new Found(
                rows.map(r -> new SearchHit(
                        SearchType.SESSION,
                        r.get(AGENDA_ITEM.ID),
                        r.get(WORK_SESSION.TITLE) + " · " + r.get(AGENDA_ITEM.TITLE),
                        r.get(REGION.NAME),
                        r.get(WORK_SESSION.STARTS_AT),
                        r.get(AGENDA_ITEM.NOTES),
                        new Destination.Session(r.get(WORK_SESSION.ID)))),
                rows.isEmpty() ? 0 : rows.getFirst().get(TOTAL));
    }

    private static Condition conditions(SearchQuery query, Actor reader) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(DSL.condition(
                "match({0}) against ({1} in boolean mode)",
                DSL.list(AGENDA_ITEM.TITLE, AGENDA_ITEM.NOTES), DSL.val(query.booleanMode())));
        conditions.add(WorkSessionRepository.visibleTo(reader));
        if (query.regionId() != null) {
            conditions.add(WORK_SESSION.REGION_ID.eq(query.regionId()));
        }
        return DSL.and(conditions);
    }
}
