package nl.geboortezorg.werkplaats.regions;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.audit.FieldChange;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.Texts;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.internal.OrganisationRepository;
import nl.geboortezorg.werkplaats.regions.internal.RegionRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional partnerships: their workspaces and partner organisations. Every signed-in user may
 * read a region's organisations; its member list is for its members, facilitators and admins;
 * organisations are written by the region's professionals, facilitators and admins.
 */
@Service
public class RegionService {

    static final String REGION = "region";
    static final String ORGANISATION = "organisation";

    private final RegionRepository regions;
    private final OrganisationRepository organisations;
    private final AccessGuard access;
    private final AuditTrail audit;

    RegionService(
            RegionRepository regions, OrganisationRepository organisations, AccessGuard access, AuditTrail audit) {
        this.regions = regions;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
    }

    /** All regions, the signed-in user's own marked. */
    @Transactional(readOnly = true)
    public List<RegionSummary> regions() {
        Actor actor = access.signedIn();
        return regions.summaries(actor.regionIds());
    }

    @Transactional(readOnly = true)
    public Optional<RegionWorkspace> workspace(String code) {
        Actor actor = access.signedIn();
        return regions.findByCode(code).map(region -> {
            List<Organisation> partners = organisations.ofRegion(region.id());
            Set<OrganisationType> missing = EnumSet.copyOf(OrganisationType.EXPECTED);
            partners.forEach(p -> missing.remove(p.type()));
            Optional<List<Member>> members = actor.canSeeInternalsOf(region.id())
                    ? Optional.of(regions.activeMembers(region.id()))
                    : Optional.empty();
            int memberCount = members.map(List::size).orElseGet(() -> regions.activeMemberCount(region.id()));
            return new RegionWorkspace(region, partners, missing, members, memberCount, actor.canWriteIn(region.id()));
        });
    }

    @Transactional
    public Organisation addOrganisation(long regionId, OrganisationDraft draft) {
        access.requireWriteIn(regionId);
        if (!regions.existsById(regionId)) {
            throw new NotFoundException(REGION, regionId);
        }
        OrganisationDraft clean = validate(regionId, draft, null);
        long id = organisations.insert(regionId, clean.name(), clean.type(), false);
        audit.record(
                ORGANISATION,
                id,
                "create",
                Map.of(
                        "regionId",
                        regionId,
                        "name",
                        clean.name(),
                        "type",
                        clean.type().name()));
        return organisations.findById(id).orElseThrow();
    }

    @Transactional
    public Organisation updateOrganisation(long organisationId, int version, OrganisationDraft draft) {
        Organisation current = organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException(ORGANISATION, organisationId));
        access.requireWriteIn(current.regionId());
        OrganisationDraft clean = validate(current.regionId(), draft, organisationId);
        organisations.update(organisationId, version, clean.name(), clean.type());
        Map<String, Object> change = new LinkedHashMap<>();
        if (!current.name().equals(clean.name())) {
            change.put("name", new FieldChange(current.name(), clean.name()));
        }
        if (current.type() != clean.type()) {
            change.put(
                    "type", new FieldChange(current.type().name(), clean.type().name()));
        }
        audit.record(ORGANISATION, organisationId, "update", change);
        return organisations.findById(organisationId).orElseThrow();
    }

    @Transactional
    public void removeOrganisation(long organisationId, int version) {
        Organisation current = organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException(ORGANISATION, organisationId));
        access.requireWriteIn(current.regionId());
        if (current.lead()) {
            throw new ValidationException(FieldProblem.of("name", "region.organisation.lead-cannot-be-removed"));
        }
        try {
            organisations.delete(organisationId, version);
        } catch (OrganisationRepository.OrganisationInUseException referenced) {
            throw new ValidationException(FieldProblem.of("name", "region.organisation.in-use"));
        }
        audit.record(
                ORGANISATION,
                organisationId,
                "delete",
                Map.of(
                        "regionId",
                        current.regionId(),
                        "name",
                        current.name(),
                        "type",
                        current.type().name()));
    }

    /** Renames a region or changes its description: facilitators and admins only. */
    @Transactional
    public Region updateRegion(long regionId, int version, String name, String description) {
        access.requireRole(Role.ADMIN, Role.FACILITATOR);
        Region current = regions.findById(regionId).orElseThrow(() -> new NotFoundException(REGION, regionId));
        String cleanName = Texts.clean(name);
        String cleanDescription = Texts.clean(description);
        FieldChecks checks =
                new FieldChecks().text("name", cleanName, 100).maxLength("description", cleanDescription, 2000);
        if (cleanName != null && !checks.hasProblem("name") && regions.nameTakenByOther(cleanName, regionId)) {
            checks.add(FieldProblem.of("name", "validation.name-taken"));
        }
        checks.throwIfAny();
        regions.update(regionId, version, Objects.requireNonNull(cleanName, "checked above"), cleanDescription);
        Map<String, Object> change = new LinkedHashMap<>();
        if (!current.name().equals(cleanName)) {
            change.put("name", new FieldChange(current.name(), cleanName));
        }
        if (!Objects.equals(current.description(), cleanDescription)) {
            change.put("description", new FieldChange(current.description(), cleanDescription));
        }
        audit.record(REGION, regionId, "update", change);
        return regions.findById(regionId).orElseThrow();
    }

    private OrganisationDraft validate(long regionId, OrganisationDraft draft, @Nullable Long exceptId) {
        String name = Texts.clean(draft.name());
        FieldChecks checks =
                new FieldChecks().text("name", name, OrganisationDraft.NAME_MAX).required("type", draft.type());
        if (name != null && !checks.hasProblem("name") && organisations.nameTaken(regionId, name, exceptId)) {
            checks.add(FieldProblem.of("name", "validation.name-taken"));
        }
        checks.throwIfAny();
        return new OrganisationDraft(Objects.requireNonNull(name, "checked above"), draft.type());
    }
}
