package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Bottlenecks in the search: title and description, and for national agenda items the proposed
 * solution and next step. Everyone signed in reads bottlenecks, observers included.
 */
@Repository
public class BottleneckSearch implements SearchSource {

    /** How many items match in all, counted before the page is cut. */
    private static final Field<Integer> TOTAL = DSL.count().over().as("total");

    private final DSLContext dsl;

    BottleneckSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SearchType type() {
        return SearchType.BOTTLENECK;
    }

    @Override
    public Found find(SearchQuery query, Actor reader, int limit) {
        Result<? extends Record> rows = dsl.select(
                        TOTAL,
                        BOTTLENECK.ID,
                        BOTTLENECK.TITLE,
                        BOTTLENECK.DESCRIPTION,
                        BOTTLENECK.PROPOSED_SOLUTION,
                        BOTTLENECK.NEXT_STEP,
                        BOTTLENECK.RAISED_AT,
                        REGION.NAME)
                .from(BOTTLENECK)
                .join(REGION)
                .on(REGION.ID.eq(BOTTLENECK.REGION_ID))
                .where(conditions(query))
                .orderBy(BOTTLENECK.RAISED_AT.desc(), BOTTLENECK.ID.desc())
                .limit(limit)
                .fetch();
        return new Found(
                rows.map(r -> new SearchHit(
                        SearchType.BOTTLENECK,
                        r.get(BOTTLENECK.ID),
                        r.get(BOTTLENECK.TITLE),
                        r.get(REGION.NAME),
                        r.get(BOTTLENECK.RAISED_AT),
                        Stream.of(
                                        r.get(BOTTLENECK.DESCRIPTION),
                                        r.get(BOTTLENECK.PROPOSED_SOLUTION),
                                        r.get(BOTTLENECK.NEXT_STEP))
                                .filter(Objects::nonNull)
                                .collect(Collectors.joining("\n")),
                        new Destination.Bottleneck(r.get(BOTTLENECK.ID)))),
                rows.isEmpty() ? 0 : rows.getFirst().get(TOTAL));
    }

    private static Condition conditions(SearchQuery query) {
        Condition match = DSL.condition(
                "match({0}) against ({1} in boolean mode)",
                DSL.list(BOTTLENECK.TITLE, BOTTLENECK.DESCRIPTION, BOTTLENECK.PROPOSED_SOLUTION, BOTTLENECK.NEXT_STEP),
                DSL.val(query.booleanMode()));
        return query.regionId() == null ? match : match.and(BOTTLENECK.REGION_ID.eq(query.regionId()));
    }
}
