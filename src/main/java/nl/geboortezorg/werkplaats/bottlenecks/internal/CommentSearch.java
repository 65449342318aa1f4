package nl.geboortezorg.werkplaats.bottlenecks.internal;

import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

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

/** Comments on bottlenecks in the search; a hidden comment is never found, not even by its moderators. */
@Repository
public class CommentSearch implements SearchSource {

    /** How many items match in all, counted before the page is cut. */
    private static final Field<Integer> TOTAL = DSL.count().over().as("total");

    private final DSLContext dsl;

    CommentSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SearchType type() {
        return SearchType.COMMENT;
    }

    @Override
    public Found find(SearchQuery query, Actor reader, int limit) {
        Result<? extends Record> rows = dsl.select(
                        TOTAL,
                        BOTTLENECK_COMMENT.ID,
                        BOTTLENECK_COMMENT.BODY,
                        BOTTLENECK_COMMENT.CREATED_AT,
                        BOTTLENECK.ID,
                        BOTTLENECK.TITLE,
                        REGION.NAME)
                .from(BOTTLENECK_COMMENT)
                .join(BOTTLENECK)
                .on(BOTTLENECK.ID.eq(BOTTLENECK_COMMENT.BOTTLENECK_ID))
                .join(REGION)
                .on(REGION.ID.eq(BOTTLENECK.REGION_ID))
                .where(conditions(query))
                .orderBy(BOTTLENECK_COMMENT.CREATED_AT.desc(), BOTTLENECK_COMMENT.ID.desc())
                .limit(limit)
                .fetch();
        return new Found(
                rows.map(r -> new SearchHit(
                        SearchType.COMMENT,
                        r.get(BOTTLENECK_COMMENT.ID),
                        r.get(BOTTLENECK.TITLE),
                        r.get(REGION.NAME),
                        r.get(BOTTLENECK_COMMENT.CREATED_AT),
                        r.get(BOTTLENECK_COMMENT.BODY),
                        new Destination.Bottleneck(r.get(BOTTLENECK.ID)))),
                rows.isEmpty() ? 0 : rows.getFirst().get(TOTAL));
    }

    private static Condition conditions(SearchQuery query) {
        Condition match = DSL.condition(
                        "match({0}) against ({1} in boolean mode)",
                        DSL.list(BOTTLENECK_COMMENT.BODY), DSL.val(query.booleanMode()))
                .and(BOTTLENECK_COMMENT.HIDDEN_AT.isNull());
        return query.regionId() == null ? match : match.and(BOTTLENECK.REGION_ID.eq(query.regionId()));
    }
}
