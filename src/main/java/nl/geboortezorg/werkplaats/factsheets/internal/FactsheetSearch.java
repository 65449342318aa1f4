package nl.geboortezorg.werkplaats.factsheets.internal;

import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_VERSION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.search.SearchHit;
import nl.geboortezorg.werkplaats.search.SearchQuery;
import nl.geboortezorg.werkplaats.search.SearchSource;
import nl.geboortezorg.werkplaats.search.SearchType;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Readership;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Factsheets in the search, one version each: the region's writers (its members, facilitators
 * and admins) search the version being worked on, or else the published one; everyone else only
 * the published version, at a level they read.
 */
@Repository
public class FactsheetSearch implements SearchSource {

    private static final Field<Instant> WHEN = DSL.coalesce(FACTSHEET_VERSION.PUBLISHED_AT, FACTSHEET_VERSION.SAVED_AT);

    /** How many items match in all, counted before the page is cut. */
    private static final Field<Integer> TOTAL = DSL.count().over().as("total");

    private final DSLContext dsl;

    FactsheetSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SearchType type() {
        return SearchType.FACTSHEET;
    }

    @Override
    public Found find(SearchQuery query, Actor reader, int limit) {
        Result<Record> rows = dsl.select(FACTSHEET_VERSION.fields())
                .select(TOTAL, WHEN, REGION.NAME)
                .from(FACTSHEET_VERSION)
                .join(FACTSHEET)
                .on(FACTSHEET.ID.eq(FACTSHEET_VERSION.FACTSHEET_ID))
                .join(REGION)
                .on(REGION.ID.eq(FACTSHEET.REGION_ID))
                .where(conditions(query, reader))
                .orderBy(WHEN.desc(), FACTSHEET_VERSION.ID.desc())
                .limit(limit)
                .fetch();
        return new Found(
                rows.map(r -> new SearchHit(
                        SearchType.FACTSHEET,
                        r.get(FACTSHEET_VERSION.FACTSHEET_ID),
                        r.get(FACTSHEET_VERSION.TITLE),
                        r.get(REGION.NAME),
                        r.get(WHEN),
                        Stream.of(
                                        r.get(FACTSHEET_VERSION.CONTEXT),
                                        r.get(FACTSHEET_VERSION.TARGET_GROUP),
                                        r.get(FACTSHEET_VERSION.APPROACH),
                                        r.get(FACTSHEET_VERSION.RESULTS),
                                        r.get(FACTSHEET_VERSION.LESSONS),
                                        r.get(FACTSHEET_VERSION.FINANCING),
                                        r.get(FACTSHEET_VERSION.CONTACT))
                                .filter(Objects::nonNull)
                                .collect(Collectors.joining("\n")),
                        new Destination.Factsheet(r.get(FACTSHEET_VERSION.FACTSHEET_ID)))),
                rows.isEmpty() ? 0 : rows.getFirst().get(TOTAL));
    }

    private static Condition conditions(SearchQuery query, Actor reader) {
        Readership readership = Readership.of(Optional.of(reader));
        Condition writer = readership.everything()
                ? DSL.trueCondition()
                : readership.regionIds().isEmpty()
                        ? DSL.falseCondition()
                        : FACTSHEET.REGION_ID.in(readership.regionIds());
        Condition level = readership.levels().isEmpty()
                ? DSL.falseCondition()
                : FACTSHEET_VERSION.PUBLICATION_LEVEL.in(readership.levels());
        Condition current = writer.and(FACTSHEET_VERSION.ID.eq(
                        DSL.coalesce(FACTSHEET.WORKING_VERSION_ID, FACTSHEET.PUBLISHED_VERSION_ID)))
                .or(DSL.not(writer)
                        .and(FACTSHEET_VERSION.ID.eq(FACTSHEET.PUBLISHED_VERSION_ID))
                        .and(level));
        Condition match = DSL.condition(
                        "match({0}) against ({1} in boolean mode)",
                        DSL.list(
                                FACTSHEET_VERSION.TITLE,
                                FACTSHEET_VERSION.CONTEXT,
                                FACTSHEET_VERSION.TARGET_GROUP,
                                FACTSHEET_VERSION.APPROACH,
                                FACTSHEET_VERSION.RESULTS,
                                FACTSHEET_VERSION.LESSONS,
                                FACTSHEET_VERSION.FINANCING,
                                FACTSHEET_VERSION.CONTACT),
                        DSL.val(query.booleanMode()))
                .and(current);
        return query.regionId() == null ? match : match.and(FACTSHEET.REGION_ID.eq(query.regionId()));
    }
}
