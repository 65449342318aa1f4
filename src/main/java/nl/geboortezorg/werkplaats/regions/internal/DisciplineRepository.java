package nl.geboortezorg.werkplaats.regions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.util.List;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Organisations and active members counted per active region and discipline, in two grouped reads. */
@Repository
public class DisciplineRepository {

    private final DSLContext dsl;

    DisciplineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The regions that take part today, in name order. */
    public List<RegionChoice> activeRegions() {
        return dsl.select(REGION.ID, REGION.CODE, REGION.NAME)
                .from(REGION)
                .where(REGION.ARCHIVED_AT.isNull())
                .orderBy(REGION.NAME)
                .fetch(Records.mapping(RegionChoice::new));
    }

    public List<Count> organisations() {
        return dsl.select(ORGANISATION.REGION_ID, ORGANISATION.TYPE, DSL.count())
                .from(ORGANISATION)
                .groupBy(ORGANISATION.REGION_ID, ORGANISATION.TYPE)
                .fetch(Records.mapping(Count::new));
    }

    /** Active members by the discipline on their profile; members who named none are not counted. */
    public List<Count> members() {
        return dsl.select(REGION_MEMBERSHIP.REGION_ID, APP_USER.ORGANISATION_TYPE, DSL.count())
                .from(REGION_MEMBERSHIP)
                .join(APP_USER)
                .on(APP_USER.ID.eq(REGION_MEMBERSHIP.USER_ID))
                .where(APP_USER.ACTIVE.isTrue())
                .and(APP_USER.ORGANISATION_TYPE.isNotNull())
                .groupBy(REGION_MEMBERSHIP.REGION_ID, APP_USER.ORGANISATION_TYPE)
                .fetch(Records.mapping(Count::new));
    }

    public record Count(long regionId, OrganisationType type, int count) {}
}
