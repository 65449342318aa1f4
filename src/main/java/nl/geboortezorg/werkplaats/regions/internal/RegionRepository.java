package nl.geboortezorg.werkplaats.regions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION_MEMBERSHIP;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.regions.ManagedRegion;
import nl.geboortezorg.werkplaats.regions.Member;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class RegionRepository {

    private final DSLContext dsl;

    RegionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every region with its lead organisation and counts, archived ones included. */
    public List<ManagedRegion> managed() {
        var lead = ORGANISATION.as("lead");
        return dsl.select(
                        REGION.ID,
                        REGION.CODE,
                        REGION.NAME,
                        REGION.DESCRIPTION,
                        REGION.VERSION,
                        REGION.ARCHIVED_AT,
                        lead.NAME,
                        DSL.field(organisationCount()),
                        DSL.field(memberCount()))
                .from(REGION)
                .leftJoin(lead)
                .on(lead.REGION_ID.eq(REGION.ID).and(lead.LEAD_ORGANISATION.isTrue()))
                .orderBy(REGION.ARCHIVED_AT.isNotNull(), REGION.NAME)
                .fetch(r -> new ManagedRegion(
                        new Region(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()),
                        r.value7(),
                        r.value8(),
                        r.value9()));
    }

    /** The regions as listed to everyone; only the active ones unless archived ones are asked for too. */
    public List<RegionSummary> summaries(Set<Long> myRegionIds, boolean withArchived) {
        var lead = ORGANISATION.as("lead");
        return dsl.select(
                        REGION.ID,
                        REGION.CODE,
                        REGION.NAME,
                        lead.NAME,
                        DSL.field(organisationCount()),
                        DSL.field(memberCount()),
                        REGION.ARCHIVED_AT.isNotNull())
                .from(REGION)
                .leftJoin(lead)
                .on(lead.REGION_ID.eq(REGION.ID).and(lead.LEAD_ORGANISATION.isTrue()))
                .where(withArchived ? DSL.noCondition() : REGION.ARCHIVED_AT.isNull())
                .orderBy(REGION.NAME)
                .fetch(r -> new RegionSummary(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        myRegionIds.contains(r.value1()),
                        r.value7()));
    }

    private static Select<Record1<Integer>> organisationCount() {
        return DSL.selectCount().from(ORGANISATION).where(ORGANISATION.REGION_ID.eq(REGION.ID));
    }

    private static Select<Record1<Integer>> memberCount() {
        return DSL.selectCount()
                .from(REGION_MEMBERSHIP)
                .join(APP_USER)
                .on(APP_USER.ID.eq(REGION_MEMBERSHIP.USER_ID))
                .where(REGION_MEMBERSHIP.REGION_ID.eq(REGION.ID).and(APP_USER.ACTIVE.isTrue()));
    }

    /** Every region, archived ones included: items in an archived region still name it. */
    public List<RegionChoice> choices() {
        return dsl.select(REGION.ID, REGION.CODE, REGION.NAME)
                .from(REGION)
                .orderBy(REGION.NAME)
                .fetch(Records.mapping(RegionChoice::new));
    }

    public Optional<Region> findByCode(String code) {
        return selectRegion().where(REGION.CODE.eq(code)).fetchOptional(Records.mapping(Region::new));
    }

    public Optional<Region> findById(long id) {
        return selectRegion().where(REGION.ID.eq(id)).fetchOptional(Records.mapping(Region::new));
    }

    /** Locks the region's row until the transaction ends, so that writes to its lead mark queue up. */
    public void lock(long id) {
        dsl.select(REGION.ID).from(REGION).where(REGION.ID.eq(id)).forUpdate().fetch();
    }

    private SelectJoinStep<Record6<Long, String, String, String, Integer, Instant>> selectRegion() {
        return dsl.select(REGION.ID, REGION.CODE, REGION.NAME, REGION.DESCRIPTION, REGION.VERSION, REGION.ARCHIVED_AT)
                .from(REGION);
    }

    public long insert(String code, String name, @Nullable String description) {
        return dsl.insertInto(REGION)
                .set(REGION.CODE, code)
                .set(REGION.NAME, name)
                .set(REGION.DESCRIPTION, description)
                .returning(REGION.ID)
                .fetchOptional(REGION.ID)
                .orElseThrow();
    }

    public boolean codeTaken(String code) {
        return dsl.fetchExists(REGION, REGION.CODE.eq(code));
    }

    /** Archives the region at this moment, or (with {@code null}) makes it active again. */
    public void setArchived(long id, int version, @Nullable Instant archivedAt) {
        VersionedUpdate.of(dsl, REGION, id, version)
                .set(REGION.ARCHIVED_AT, archivedAt)
                .execute();
    }

    public boolean existsById(long id) {
        return dsl.fetchExists(REGION, REGION.ID.eq(id));
    }

    public boolean nameTaken(String name, @Nullable Long exceptId) {
        return dsl.fetchExists(
                REGION, REGION.NAME.eq(name).and(exceptId == null ? DSL.noCondition() : REGION.ID.ne(exceptId)));
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
