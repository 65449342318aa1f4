package nl.geboortezorg.werkplaats.regions;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
import nl.geboortezorg.werkplaats.regions.internal.DisciplineRepository;
import nl.geboortezorg.werkplaats.regions.internal.OrganisationRepository;
import nl.geboortezorg.werkplaats.regions.internal.RegionRepository;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional partnerships: their workspaces and partner organisations. Every signed-in user may
 * read a region's organisations; its member list is for its members, facilitators and admins;
 * organisations are written by the region's professionals, facilitators and admins, and only
 * facilitators and admins mark the lead organisation. Admins create, rename and archive regions.
 * An archived region stays readable but takes no writes (see {@link Actor#canWriteIn}) and drops
 * out of every list to choose from; a region is never deleted.
 */
@Service
public class RegionService {

    static final String REGION = "region";
    static final String ORGANISATION = "organisation";

    private final RegionRepository regions;
    private final OrganisationRepository organisations;
    private final DisciplineRepository disciplines;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;

    RegionService(
            RegionRepository regions,
            OrganisationRepository organisations,
            DisciplineRepository disciplines,
            AccessGuard access,
            AuditTrail audit,
            Clock clock) {
        this.regions = regions;
        this.organisations = organisations;
        this.disciplines = disciplines;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The active regions, the signed-in user's own marked: the regions to choose from in pickers,
     * filters and the region switcher. Archived regions are left out.
     */
    @Transactional(readOnly = true)
    public List<RegionSummary> regions() {
        Actor actor = access.signedIn();
        return regions.summaries(actor.regionIds(), false);
    }

    /** Every region, archived ones included and marked: for naming the region of an item and for overviews. */
    @Transactional(readOnly = true)
    public List<RegionSummary> allRegions() {
        Actor actor = access.signedIn();
        return regions.summaries(actor.regionIds(), true);
    }

    /** Whether the signed-in user belongs to an active region, and so has work of their own in one. */
    @Transactional(readOnly = true)
    public boolean hasRegion() {
        Actor actor = access.signedIn();
        return actor.regionIds().stream()
                .anyMatch(id -> !actor.archivedRegionIds().contains(id));
    }

    /** Whether the signed-in user may create and archive regions: admins. */
    @Transactional(readOnly = true)
    public boolean mayManageRegions() {
        return access.signedIn().hasRole(Role.ADMIN);
    }

    /** Every region for the admins' management page: active ones first, then the archived. */
    @Transactional(readOnly = true)
    public List<ManagedRegion> managedRegions() {
        access.requireRole(Role.ADMIN);
        return regions.managed();
    }

    /**
     * The disciplines against the active regions: which take part where (by organisation or by
     * member) and which expected ones are missing. A national overview, for everyone signed in.
     */
    @Transactional(readOnly = true)
    public DisciplineCoverage disciplineCoverage() {
        access.signedIn();
        Map<OrganisationType, Map<Long, DisciplineCoverage.Presence>> presence = new EnumMap<>(OrganisationType.class);
        disciplines
                .organisations()
                .forEach(count -> presence.computeIfAbsent(count.type(), type -> new HashMap<>())
                        .merge(
                                count.regionId(),
                                new DisciplineCoverage.Presence(count.count(), 0),
                                DisciplineCoverage.Presence::plus));
        disciplines
                .members()
                .forEach(count -> presence.computeIfAbsent(count.type(), type -> new HashMap<>())
                        .merge(
                                count.regionId(),
                                new DisciplineCoverage.Presence(0, count.count()),
                                DisciplineCoverage.Presence::plus));
        List<DisciplineCoverage.Discipline> rows = Arrays.stream(OrganisationType.values())
                .map(type -> new DisciplineCoverage.Discipline(type, presence.getOrDefault(type, Map.of())))
                .toList();
        return new DisciplineCoverage(disciplines.activeRegions(), rows);
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
            boolean editable = actor.canWriteIn(region.id());
            return new RegionWorkspace(
                    region, partners, missing, members, memberCount, editable, editable && actor.moderates());
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

    /**
     * Marks the organisation as its region's lead organisation (penvoerder), taking the mark from the
     * one that held it: facilitators and admins only, and never in an archived region.
     */
    @Transactional
    public Organisation markLead(long organisationId, int version) {
        access.requireModerator();
        Organisation target = organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException(ORGANISATION, organisationId));
        access.requireWriteIn(target.regionId());
        // Two marks made at once would otherwise both clear the old lead and leave two.
        regions.lock(target.regionId());
        @Nullable String previous = organisations.ofRegion(target.regionId()).stream()
                .filter(organisation -> organisation.lead() && organisation.id() != organisationId)
                .map(Organisation::name)
                .findFirst()
                .orElse(null);
        organisations.markLead(organisationId, version);
        organisations.clearLeadExcept(target.regionId(), organisationId);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("regionId", target.regionId());
        change.put("lead", new FieldChange(target.lead() ? target.name() : previous, target.name()));
        audit.record(ORGANISATION, organisationId, "mark-lead", change);
        return organisations.findById(organisationId).orElseThrow();
    }

    /** Creates a region: admins only. Its code is derived from the name when left empty. */
    @Transactional
    public Region createRegion(RegionDraft draft) {
        access.requireRole(Role.ADMIN);
        String name = Texts.clean(draft.name());
        String typedCode = Texts.clean(draft.code());
        String code = typedCode != null ? typedCode : RegionDraft.codeFor(name);
        String description = Texts.clean(draft.description());
        FieldChecks checks = nameAndDescriptionChecks(name, description, null);
        if (typedCode != null || name != null) {
            if (code.length() > RegionDraft.CODE_MAX) {
                checks.add(FieldProblem.of("code", "validation.too-long", RegionDraft.CODE_MAX));
            } else if (!RegionDraft.CODE.matcher(code).matches()) {
                checks.add(FieldProblem.of("code", "region.code.invalid"));
            } else if (regions.codeTaken(code)) {
                checks.add(FieldProblem.of("code", "region.code.taken"));
            }
        }
        checks.throwIfAny();
        long id;
        try {
            id = regions.insert(code, Objects.requireNonNull(name, "checked above"), description);
        } catch (DuplicateKeyException raced) {
            // another admin created the same name or code between the check and the insert
            throw new ValidationException(
                    regions.codeTaken(code)
                            ? FieldProblem.of("code", "region.code.taken")
                            : FieldProblem.of("name", "validation.name-taken"));
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("code", code);
        created.put("name", name);
        created.put("description", description);
        audit.record(REGION, id, "create", created);
        return regions.findById(id).orElseThrow();
    }

    /**
     * Renames a region or changes its description: admins only, and not while it is archived. Its
     * code stays, so that links to it keep working.
     */
    @Transactional
    public Region updateRegion(long regionId, int version, @Nullable String name, @Nullable String description) {
        access.requireRole(Role.ADMIN);
        Region current = regions.findById(regionId).orElseThrow(() -> new NotFoundException(REGION, regionId));
        if (current.archived()) {
            throw new ValidationException(FieldProblem.of("name", "region.archived.read-only"));
        }
        String cleanName = Texts.clean(name);
        String cleanDescription = Texts.clean(description);
        nameAndDescriptionChecks(cleanName, cleanDescription, regionId).throwIfAny();
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

    /**
     * Archives a region: admins only. Its content stays readable, nothing more is written in it,
     * and it leaves every list to choose a region from.
     */
    @Transactional
    public Region archiveRegion(long regionId, int version) {
        return setArchived(regionId, version, true);
    }

    /** Makes an archived region active again: admins only. */
    @Transactional
    public Region unarchiveRegion(long regionId, int version) {
        return setArchived(regionId, version, false);
    }

    private Region setArchived(long regionId, int version, boolean archive) {
        access.requireRole(Role.ADMIN);
        Region current = regions.findById(regionId).orElseThrow(() -> new NotFoundException(REGION, regionId));
        if (current.archived() == archive) {
            throw new ValidationException(
                    FieldProblem.of("archivedAt", archive ? "region.archived.already" : "region.archived.not"));
        }
        @Nullable Instant wasArchivedAt = current.archivedAt();
        @Nullable Instant archivedAt = archive ? clock.instant() : null;
        regions.setArchived(regionId, version, archivedAt);
        audit.record(
                REGION,
                regionId,
                archive ? "archive" : "unarchive",
                Map.of(
                        "archivedAt",
                        new FieldChange(
                                wasArchivedAt == null ? null : wasArchivedAt.toString(),
                                archivedAt == null ? null : archivedAt.toString())));
        // What the acting admin may write changed with it, for the rest of this request too.
        access.forgetCurrentActor();
        return regions.findById(regionId).orElseThrow();
    }

    private FieldChecks nameAndDescriptionChecks(
            @Nullable String name, @Nullable String description, @Nullable Long exceptId) {
        FieldChecks checks = new FieldChecks()
                .text("name", name, RegionDraft.NAME_MAX)
                .maxLength("description", description, RegionDraft.DESCRIPTION_MAX);
        if (name != null && !checks.hasProblem("name") && regions.nameTaken(name, exceptId)) {
            checks.add(FieldProblem.of("name", "validation.name-taken"));
        }
        return checks;
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
