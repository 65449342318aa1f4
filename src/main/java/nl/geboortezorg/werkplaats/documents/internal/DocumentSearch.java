package nl.geboortezorg.werkplaats.documents.internal;

import static nl.geboortezorg.werkplaats.db.Tables.DOCUMENT;
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

/**
 * Documents in the search by title and description; a result opens the region's library on that
 * document, where it downloads.
 */
@Repository
public class DocumentSearch implements SearchSource {

    /** How many items match in all, counted before the page is cut. */
    private static final Field<Integer> TOTAL = DSL.count().over().as("total");

    private final DSLContext dsl;

    DocumentSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SearchType type() {
        return SearchType.DOCUMENT;
    }

    @Override
    public Found find(SearchQuery query, Actor reader, int limit) {
        Result<? extends Record> rows = dsl.select(
                        TOTAL,
                        DOCUMENT.ID,
                        DOCUMENT.TITLE,
                        DOCUMENT.DESCRIPTION,
                        DOCUMENT.UPLOADED_AT,
                        REGION.CODE,
                        REGION.NAME)
                .from(DOCUMENT)
                .join(REGION)
                .on(REGION.ID.eq(DOCUMENT.REGION_ID))
                .where(conditions(query, reader))
                .orderBy(DOCUMENT.UPLOADED_AT.desc(), DOCUMENT.ID.desc())
                .limit(limit)
                .fetch();
        return new Found(
                rows.map(r -> new SearchHit(
                        SearchType.DOCUMENT,
                        r.get(DOCUMENT.ID),
                        r.get(DOCUMENT.TITLE),
                        r.get(REGION.NAME),
                        r.get(DOCUMENT.UPLOADED_AT),
                        r.get(DOCUMENT.DESCRIPTION),
                        new Destination.Documents(r.get(REGION.CODE), r.get(DOCUMENT.TITLE)))),
                rows.isEmpty() ? 0 : rows.getFirst().get(TOTAL));
    }

    private static Condition conditions(SearchQuery query, Actor reader) {
        Condition match = DSL.condition(
                        "match({0}) against ({1} in boolean mode)",
                        DSL.list(DOCUMENT.TITLE, DOCUMENT.DESCRIPTION), DSL.val(query.booleanMode()))
                .and(DocumentRepository.readable(Readership.of(Optional.of(reader))));
        return query.regionId() == null ? match : match.and(DOCUMENT.REGION_ID.eq(query.regionId()));
    }
}
