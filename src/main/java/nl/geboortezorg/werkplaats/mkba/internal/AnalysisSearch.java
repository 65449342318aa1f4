package nl.geboortezorg.werkplaats.mkba.internal;

import static nl.geboortezorg.werkplaats.db.Tables.MKBA_ANALYSIS;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;

import java.util.Optional;
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

/** Cost-benefit analyses and their scenarios in the search, as the analysis list shows them. */
@Repository
public class AnalysisSearch implements SearchSource {

    /** How many items match in all, counted before the page is cut. */
    private static final Field<Integer> TOTAL = DSL.count().over().as("total");

    private final DSLContext dsl;

    AnalysisSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SearchType type() {
        return SearchType.ANALYSIS;
    }

    @Override
    public Found find(SearchQuery query, Actor reader, int limit) {
        Result<? extends Record> rows = dsl.select(
                        TOTAL,
                        MKBA_ANALYSIS.ID,
                        MKBA_ANALYSIS.TITLE,
                        MKBA_ANALYSIS.DESCRIPTION,
                        MKBA_ANALYSIS.SAVED_AT,
                        REGION.NAME)
                .from(MKBA_ANALYSIS)
                .join(REGION)
                .on(REGION.ID.eq(MKBA_ANALYSIS.REGION_ID))
                .where(conditions(query, reader))
                .orderBy(MKBA_ANALYSIS.SAVED_AT.desc(), MKBA_ANALYSIS.ID.desc())
                .limit(limit)
                .fetch();
        return new Found(
                rows.map(r -> new SearchHit(
                        SearchType.ANALYSIS,
                        r.get(MKBA_ANALYSIS.ID),
                        r.get(MKBA_ANALYSIS.TITLE),
                        r.get(REGION.NAME),
                        r.get(MKBA_ANALYSIS.SAVED_AT),
                        r.get(MKBA_ANALYSIS.DESCRIPTION),
                        new Destination.Analysis(r.get(MKBA_ANALYSIS.ID)))),
                rows.isEmpty() ? 0 : rows.getFirst().get(TOTAL));
    }

    private static Condition conditions(SearchQuery query, Actor reader) {
        Condition match = DSL.condition(
                        "match({0}) against ({1} in boolean mode)",
                        DSL.list(MKBA_ANALYSIS.TITLE, MKBA_ANALYSIS.DESCRIPTION), DSL.val(query.booleanMode()))
                .and(AnalysisRepository.visible(MKBA_ANALYSIS, Readership.of(Optional.of(reader))));
        return query.regionId() == null ? match : match.and(MKBA_ANALYSIS.REGION_ID.eq(query.regionId()));
    }
}
