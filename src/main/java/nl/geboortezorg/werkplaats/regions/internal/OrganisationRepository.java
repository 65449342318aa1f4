package nl.geboortezorg.werkplaats.regions.internal;

import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;

import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private final DSLContext dsl;

    OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Organisation> ofRegion(long regionId) {
        return dsl.select(
                        ORGANISATION.ID,
                        ORGANISATION.REGION_ID,
                        ORGANISATION.NAME,
                        ORGANISATION.TYPE,
                        ORGANISATION.LEAD_ORGANISATION,
                        ORGANISATION.VERSION)
                .from(ORGANISATION)
                .where(ORGANISATION.REGION_ID.eq(regionId))
                .orderBy(ORGANISATION.LEAD_ORGANISATION.desc(), ORGANISATION.NAME)
                .fetch(OrganisationRepository::toOrganisation);
    }

    public Optional<Organisation> findById(long id) {
        return dsl.select(
                        ORGANISATION.ID,
                        ORGANISATION.REGION_ID,
                        ORGANISATION.NAME,
                        ORGANISATION.TYPE,
                        ORGANISATION.LEAD_ORGANISATION,
                        ORGANISATION.VERSION)
                .from(ORGANISATION)
                .where(ORGANISATION.ID.eq(id))
                .fetchOptional(OrganisationRepository::toOrganisation);
    }

    public boolean nameTaken(long regionId, String name, @Nullable Long exceptId) {
        var condition = ORGANISATION.REGION_ID.eq(regionId).and(ORGANISATION.NAME.eq(name));
        if (exceptId != null) {
            condition = condition.and(ORGANISATION.ID.ne(exceptId));
        }
        return dsl.fetchExists(ORGANISATION, condition);
    }

    public long insert(long regionId, String name, OrganisationType type, boolean lead) {
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.REGION_ID, regionId)
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.TYPE, type)
                .set(ORGANISATION.LEAD_ORGANISATION, lead)
                .returning(ORGANISATION.ID)
                .fetchOptional(ORGANISATION.ID)
                .orElseThrow();
    }

    public void update(long id, int version, String name, OrganisationType type) {
        VersionedUpdate.of(dsl, ORGANISATION, id, version)
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.TYPE, type)
                .execute();
    }

    /**
     * Takes the lead mark from whichever other organisation of the region holds it, raising its
     * version so that an edit made with the old mark in view counts as stale.
     */
    public void clearLeadExcept(long regionId, long organisationId) {
        dsl.update(ORGANISATION)
                .set(ORGANISATION.LEAD_ORGANISATION, false)
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.REGION_ID.eq(regionId))
                .and(ORGANISATION.LEAD_ORGANISATION.isTrue())
                .and(ORGANISATION.ID.ne(organisationId))
                .execute();
    }

    public void markLead(long id, int version) {
        VersionedUpdate.of(dsl, ORGANISATION, id, version)
                .set(ORGANISATION.LEAD_ORGANISATION, true)
                .execute();
    }

    /**
     * Deletes the organisation. Throws {@link OrganisationInUseException} when other records (such as
     * action items) still name it.
     */
    public void delete(long id, int version) {
        try {
            VersionedUpdate.delete(dsl, ORGANISATION, id, version);
        } catch (DataIntegrityViolationException referenced) {
            throw new OrganisationInUseException(id, referenced);
        }
    }

    /** Other records still refer to the organisation. */
    public static final class OrganisationInUseException extends RuntimeException {
        OrganisationInUseException(long id, Throwable cause) {
            super("Organisation " + id + " is still referred to", cause);
        }
    }

    private static Organisation toOrganisation(Record6<Long, Long, String, OrganisationType, Boolean, Integer> r) {
        return new Organisation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
    }
}
