package nl.geboortezorg.werkplaats.regions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.regions.Member;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class RegionRepository {

    private final DSLContext dsl;

    RegionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RegionSummary> summaries(Set<Long> myRegionIds) {
        var lead = ORGANISATION.as("lead");
        var organisationCount = DSL.selectCount().from(ORGANISATION).where(ORGANISATION.REGION_ID.eq(REGION.ID));
        var memberCount = DSL.selectCount()
                .from(REGION_MEMBERSHIP)
                .join(APP_USER)
                .on(APP_USER.ID.eq(REGION_MEMBERSHIP.USER_ID))
                .where(REGION_MEMBERSHIP.REGION_ID.eq(REGION.ID).and(APP_USER.ACTIVE.isTrue()));
        return dsl.select(
                        REGION.ID,
                        REGION.CODE,
                        REGION.NAME,
                        lead.NAME,
                        DSL.field(organisationCount),
                        DSL.field(memberCount))
                .from(REGION)
                .leftJoin(lead)
                .on(lead.REGION_ID.eq(REGION.ID).and(lead.LEAD_ORGANISATION.isTrue()))
                .orderBy(REGION.NAME)
                .fetch(r -> new RegionSummary(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        myRegionIds.contains(r.value1())));
    }

    public List<RegionChoice> choices() {
        return dsl.select(REGION.ID, REGION.CODE, REGION.NAME)
                .from(REGION)
                .orderBy(REGION.NAME)
                .fetch(Records.mapping(RegionChoice::new));
    }

    public Optional<Region> findByCode(String code) {
        return dsl.select(REGION.ID, REGION.CODE, REGION.NAME, REGION.DESCRIPTION, REGION.VERSION)
                .from(REGION)
                .where(REGION.CODE.eq(code))
                .fetchOptional(r -> new Region(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<Region> findById(long id) {
        return dsl.select(REGION.ID, REGION.CODE, REGION.NAME, REGION.DESCRIPTION, REGION.VERSION)
                .from(REGION)
                .where(REGION.ID.eq(id))
                .fetchOptional(r -> new Region(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public boolean existsById(long id) {
        return dsl.fetchExists(REGION, REGION.ID.eq(id));
    }

    public boolean nameTakenByOther(String name, long regionId) {
        return dsl.fetchExists(REGION, REGION.NAME.eq(name).and(REGION.ID.ne(regionId)));
    }

    public void update(long id, int version, String name, @Nullable String description) {
        VersionedUpdate.of(dsl, REGION, id, version)
                .set(REGION.NAME, name)
                .set(REGION.DESCRIPTION, description)
                .execute();
    }

    public List<Member> activeMembers(long regionId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.ROLE_CODE)
                .from(REGION_MEMBERSHIP)
                .join(APP_USER)
                .on(APP_USER.ID.eq(REGION_MEMBERSHIP.USER_ID))
                .where(REGION_MEMBERSHIP.REGION_ID.eq(regionId).and(APP_USER.ACTIVE.isTrue()))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new Member(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public int activeMemberCount(long regionId) {
        return dsl.fetchCount(DSL.selectOne()
                .from(REGION_MEMBERSHIP)
                .join(APP_USER)
                .on(APP_USER.ID.eq(REGION_MEMBERSHIP.USER_ID))
                .where(REGION_MEMBERSHIP.REGION_ID.eq(regionId).and(APP_USER.ACTIVE.isTrue())));
    }
}
