package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.FieldChecks;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.EffectRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.Head;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.Loaded;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.Limits;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionChoices;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.security.AccessGuard;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Readership;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social cost-benefit analyses (MKBA) of a region. The region's professionals and facilitators
 * write drafts: the heading, stakeholders, costs and benefits, unpriced effects. A published
 * analysis is read-only (withdraw it to change it) and read per its publication level; observers
 * read published national and public ones. A scenario is a copy of an analysis to change freely.
 * Every write is audited.
 */
@Service
public class CostBenefitService {

    static final String ANALYSIS = "mkba-analysis";
    static final String STAKEHOLDER = "mkba-stakeholder";
    static final String ITEM = "mkba-line-item";
    static final String EFFECT = "mkba-unpriced-effect";

    private final AnalysisRepository analyses;
    private final AccessGuard access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Activities activities;
    private final RegionChoices regionChoices;

    CostBenefitService(AnalysisRepository analyses, AccessGuard access, AuditTrail audit, Clock clock,
            Activities activities, RegionChoices regionChoices) {
        this.activities = activities;
        this.regionChoices = regionChoices;
        this.analyses = analyses;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading

    /** Analyses (not their scenarios) the signed-in user may read, the latest saved first. */
    @Transactional(readOnly = true)
    public List<AnalysisSummary> find(AnalysisFilter filter, int offset, int limit) {
        Actor actor = access.signedIn();
        return analyses.find(filter, Readership.of(Optional.of(actor)), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AnalysisFilter filter) {
        Actor actor = access.signedIn();
        return analyses.count(filter, Readership.of(Optional.of(actor)));
    }

    /** The public knowledge base: published public analyses (not scenarios), for anyone, signed in or not. */
    @Transactional(readOnly = true)
    public List<AnalysisSummary> findPublic(String text, int offset, int limit) {
        return analyses.find(AnalysisFilter.all().containing(text), Readership.publicOnly(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPublic(String text) {
        return analyses.count(AnalysisFilter.all().containing(text), Readership.publicOnly());
    }

    /**
     * A published public analysis for anyone, with nothing that points elsewhere in the platform:
     * no scenarios, no bottlenecks, no names of who saved it. Empty for any other analysis.
     */
    @Transactional(readOnly = true)
    public Optional<AnalysisDetail> publicAnalysis(long id) {
        return analyses.head(id)
                .filter(head -> head.state() == AnalysisState.PUBLISHED && head.level() == PublicationLevel.PUBLIC)
                .flatMap(head -> analyses.load(id))
                .map(a -> new AnalysisDetail(a.id(), a.regionId(), a.regionName(), null, null, a.heading(), a.state(),
                        a.savedAt(), "", a.publishedAt(), a.version(), analyses.stakeholders(a.id()),
                        analyses.items(a.id()), analyses.effects(a.id()), List.of(), List.of(), false));
    }

    /** The analysis with all its parts, when the signed-in user may read it. */
    @Transactional(readOnly = true)
    public Optional<AnalysisDetail> detail(long id) {
        Actor actor = access.signedIn();
        return analyses.load(id).filter(a -> readable(actor, a.regionId(), a.state(), a.heading().level()))
                .map(loaded -> detail(actor, loaded));
    }

    private AnalysisDetail detail(Actor actor, Loaded a) {
        long baseId = a.scenarioOfId() == null ? a.id() : a.scenarioOfId();
        return new AnalysisDetail(a.id(), a.regionId(), a.regionName(), a.scenarioOfId(), a.scenarioOfTitle(),
                a.heading(), a.state(), a.savedAt(), a.savedBy(), a.publishedAt(), a.version(),
                analyses.stakeholders(a.id()), analyses.items(a.id()), analyses.effects(a.id()),
                analyses.family(baseId, Readership.of(Optional.of(actor))), analyses.blockers(a.id()),
                actor.canWriteIn(a.regionId()));
    }

    private static boolean readable(Actor actor, Head head) {
        return readable(actor, head.regionId(), head.state(), head.level());
    }

    private static boolean readable(Actor actor, long regionId, AnalysisState state, PublicationLevel level) {
        return actor.canWriteIn(regionId) || state == AnalysisState.PUBLISHED
                && level.readableBy(Optional.of(actor), regionId);
    }

    /** The regions the signed-in user may start an analysis in. */
    @Transactional(readOnly = true)
    public List<RegionChoice> regionsToWriteIn() {
        Actor actor = access.signedIn();
        return regionChoices.writableBy(actor);
    }

    // ---- the analysis itself

    @Transactional
    public long create(long regionId, AnalysisDraft draft) {
        Actor actor = access.requireWriteIn(regionId);
        AnalysisDraft clean = validated(draft, null);
        long id = analyses.insert(regionId, null, clean, actor.id(), clock.instant());
        audit.record(ANALYSIS, id, "create", Map.of("regionId", regionId, "heading", clean));
        return id;
    }

    @Transactional
    public void updateHeading(long id, int version, AnalysisDraft draft) {
        Actor actor = actor();
        Head head = editable(actor, id);
        AnalysisDraft clean = validated(draft, id);
        analyses.updateHeading(id, version, clean, actor.id(), clock.instant());
        audit.record(ANALYSIS, id, "update", Map.of("regionId", head.regionId(), "heading", clean));
    }

    @Transactional
    public void publish(long id, int version) {
        changeState(id, version, AnalysisState.PUBLISHED, "publish");
    }

    /** Back to draft, so that it can be changed; readers no longer see it until it is published again. */
    @Transactional
    public void withdraw(long id, int version) {
        changeState(id, version, AnalysisState.DRAFT, "withdraw");
    }

    private void changeState(long id, int version, AnalysisState target, String action) {
        Actor actor = actor();
        Head head = analyses.lock(id).orElseThrow(() -> new NotFoundException(ANALYSIS, id));
        requireWrite(actor, head);
        if (head.state() == target) {
            String key = target == AnalysisState.PUBLISHED ? "mkba.already-published" : "mkba.already-draft";
            throw new ValidationException(FieldProblem.of("state", key));
        }
        analyses.setState(id, version, target, actor.id(), clock.instant());
        audit.record(ANALYSIS, id, action, Map.of("level", head.level().name()));
        Audience audience = target == AnalysisState.DRAFT || head.level() == PublicationLevel.REGION ? Audience.REGION
                : Audience.EVERYONE;
        activities.narrow(ItemType.ANALYSIS, id, audience);
        if (target == AnalysisState.PUBLISHED) {
            activities.record(actor, ActivityRecord.of(ActivityKind.ANALYSIS_PUBLISHED, ItemType.ANALYSIS, id,
                    head.regionId(), audience, analyses.title(id), "mkba/" + id));
        }
    }

    /** Removes a draft with all its parts (and its scenarios, when it is a base analysis). */
    @Transactional
    public void delete(long id, int version) {
        Actor actor = actor();
        Head head = editable(actor, id);
        analyses.delete(id, version);
        audit.record(ANALYSIS, id, "delete", Map.of("regionId", head.regionId()));
    }

    /**
     * A scenario: a draft copy of the analysis (heading, stakeholders, items, effects) under a new
     * title, to change without touching the original. A copy of a scenario belongs to the same base.
     */
    @Transactional
    public long copyAsScenario(long id, String title) {
        Actor actor = actor();
        Head head = analyses.head(id).orElseThrow(() -> new NotFoundException(ANALYSIS, id));
        requireWrite(actor, head);
        new FieldChecks().text("title", title, AnalysisDraft.TITLE_MAX).throwIfAny();
        AnalysisDraft heading = analyses.load(id).orElseThrow().heading();
        AnalysisDraft copy = new AnalysisDraft(title.strip(), heading.description(), heading.baseYear(),
                heading.horizonYears(), heading.priceLevelYear(), heading.discountRate(), heading.customRate(),
                heading.variationPercent(), heading.level());
        long baseId = head.scenarioOfId() == null ? id : head.scenarioOfId();
        long copyId = analyses.insert(head.regionId(), baseId, copy, actor.id(), clock.instant());
        Map<Long, Long> stakeholderIds = new HashMap<>();
        for (StakeholderRow row : analyses.stakeholders(id)) {
            stakeholderIds.put(row.id(), analyses.insertStakeholder(copyId, row.draft()));
        }
        for (LineItemRow row : analyses.items(id)) {
            analyses.insertItem(copyId, withStakeholder(row.draft(), stakeholderIds.get(row.draft().stakeholderId())));
        }
        for (EffectRow row : analyses.effects(id)) {
            EffectDraft effect = row.draft();
            analyses.insertEffect(copyId, new EffectDraft(effect.description(),
                    stakeholderIds.get(effect.stakeholderId()), effect.direction()));
        }
        audit.record(ANALYSIS, copyId, "copy", Map.of("from", id, "scenarioOf", baseId, "title", copy.title()));
        return copyId;
    }

    private static LineItemDraft withStakeholder(LineItemDraft d, Long stakeholderId) {
        return new LineItemDraft(d.kind(), d.description(), stakeholderId, d.valueType(), d.mode(), d.amount(),
                d.fromYear(), d.toYear(), d.growthPercent(), d.perYear(), d.deadweight(), d.attribution(),
                d.optimismBias(), d.dropOff(), d.source(), d.confidence());
    }

    // ---- stakeholders

    @Transactional
    public long addStakeholder(long analysisId, StakeholderDraft draft) {
        Actor actor = actor();
        editable(actor, analysisId);
        StakeholderDraft clean = validated(draft);
        long id = analyses.insertStakeholder(analysisId, clean);
        saved(actor, analysisId);
        audit.record(STAKEHOLDER, id, "create", Map.of("analysisId", analysisId, "stakeholder", clean));
        return id;
    }

    @Transactional
    public void updateStakeholder(long analysisId, long stakeholderId, int version, StakeholderDraft draft) {
        changePart(analysisId, STAKEHOLDER, stakeholderId, analyses::analysisOfStakeholder, "update",
                head -> validated(draft), clean -> analyses.updateStakeholder(stakeholderId, version, clean));
    }

    /** Removes a stakeholder that no item or effect names; otherwise says how many still do. */
    @Transactional
    public void removeStakeholder(long analysisId, long stakeholderId, int version) {
        changePart(analysisId, STAKEHOLDER, stakeholderId, analyses::analysisOfStakeholder, "delete", head -> {
            int uses = analyses.usesOfStakeholder(stakeholderId);
            if (uses > 0) {
                throw new ValidationException(FieldProblem.of("stakeholder", "mkba.stakeholder-in-use", uses));
            }
            return null;
        }, none -> analyses.deleteStakeholder(stakeholderId, version));
    }

    // ---- line items

    @Transactional
    public long addItem(long analysisId, LineItemDraft draft) {
        return addItems(analysisId, List.of(draft)).getFirst();
    }

    /**
     * Adds several items at once, or none: every item is checked first, and a problem names the
     * item's place in the list ({@code items.3.amount} for the amount of the fourth).
     */
    @Transactional
    public List<Long> addItems(long analysisId, List<LineItemDraft> drafts) {
        Actor actor = actor();
        Head head = editable(actor, analysisId);
        Set<Long> stakeholders = stakeholderIds(analysisId);
        List<FieldProblem> problems = new ArrayList<>();
        List<LineItemDraft> clean = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            try {
                clean.add(validated(drafts.get(index), head, stakeholders));
            } catch (ValidationException e) {
                String prefix = drafts.size() == 1 ? "" : "items." + index + ".";
                e.problems().forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.messageKey(), p.arguments())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<Long> ids = new ArrayList<>();
        for (LineItemDraft item : clean) {
            long id = analyses.insertItem(analysisId, item);
            ids.add(id);
            audit.record(ITEM, id, "create", Map.of("analysisId", analysisId, "item", item));
        }
        saved(actor, analysisId);
        return ids;
    }

    @Transactional
    public void updateItem(long analysisId, long itemId, int version, LineItemDraft draft) {
        changePart(analysisId, ITEM, itemId, analyses::analysisOfItem, "update",
                head -> validated(draft, head, stakeholderIds(analysisId)),
                clean -> analyses.updateItem(itemId, version, clean));
    }

    @Transactional
    public void removeItem(long analysisId, long itemId, int version) {
        changePart(analysisId, ITEM, itemId, analyses::analysisOfItem, "delete", head -> null,
                none -> analyses.deleteItem(itemId, version));
    }

    // ---- unpriced effects

    @Transactional
    public long addEffect(long analysisId, EffectDraft draft) {
        Actor actor = actor();
        editable(actor, analysisId);
        EffectDraft clean = validated(draft, stakeholderIds(analysisId));
        long id = analyses.insertEffect(analysisId, clean);
        saved(actor, analysisId);
        audit.record(EFFECT, id, "create", Map.of("analysisId", analysisId, "effect", clean));
        return id;
    }

    @Transactional
    public void updateEffect(long analysisId, long effectId, int version, EffectDraft draft) {
        changePart(analysisId, EFFECT, effectId, analyses::analysisOfEffect, "update",
                head -> validated(draft, stakeholderIds(analysisId)),
                clean -> analyses.updateEffect(effectId, version, clean));
    }

    @Transactional
    public void removeEffect(long analysisId, long effectId, int version) {
        changePart(analysisId, EFFECT, effectId, analyses::analysisOfEffect, "delete", head -> null,
                none -> analyses.deleteEffect(effectId, version));
    }

    /**
     * Changes or removes one part of a draft: the actor writes in its region, the part belongs to
     * the analysis, the input passes its checks, the write finds the part as it was read; then the
     * analysis counts as saved and the change is audited (with the checked input, if any).
     */
    private <T> void changePart(long analysisId, String entity, long partId, Function<Long, Optional<Long>> ownerOf,
            String action, Function<Head, T> check, Consumer<T> write) {
        Actor actor = actor();
        Head head = editable(actor, analysisId);
        partOf(ownerOf.apply(partId), analysisId, entity, partId);
        T clean = check.apply(head);
        write.accept(clean);
        saved(actor, analysisId);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("analysisId", analysisId);
        if (clean != null) {
            change.put("input", clean);
        }
        audit.record(entity, partId, action, change);
    }

    // ---- bottlenecks that block benefits

    /** Benefits of the analyses the signed-in user reads, marked when the bottleneck blocks them. */
    @Transactional(readOnly = true)
    public List<BenefitChoice> benefitsFor(long bottleneckId) {
        Actor actor = access.signedIn();
        analyses.regionOfBottleneck(bottleneckId).orElseThrow(() -> new NotFoundException("bottleneck", bottleneckId));
        return analyses.benefits(bottleneckId, Readership.of(Optional.of(actor)));
    }

    /** Whether the signed-in user may say which benefits the bottleneck blocks: a writer of its region. */
    @Transactional(readOnly = true)
    public boolean mayBlock(long bottleneckId) {
        return access.currentActor()
                .flatMap(actor -> analyses.regionOfBottleneck(bottleneckId).map(actor::canWriteIn))
                .orElse(false);
    }

    @Transactional
    public void block(long bottleneckId, long lineItemId) {
        Actor actor = blocker(bottleneckId, lineItemId);
        if (analyses.block(bottleneckId, lineItemId, actor.id(), clock.instant())) {
            audit.record(ITEM, lineItemId, "blocked", Map.of("bottleneckId", bottleneckId));
        }
    }

    @Transactional
    public void unblock(long bottleneckId, long lineItemId) {
        blocker(bottleneckId, lineItemId);
        if (analyses.unblock(bottleneckId, lineItemId)) {
            audit.record(ITEM, lineItemId, "unblocked", Map.of("bottleneckId", bottleneckId));
        }
    }

    /** A writer of the bottleneck's region who reads the analysis of the benefit. */
    private Actor blocker(long bottleneckId, long lineItemId) {
        Actor actor = actor();
        long regionId = analyses.regionOfBottleneck(bottleneckId)
                .orElseThrow(() -> new NotFoundException("bottleneck", bottleneckId));
        if (!actor.canWriteIn(regionId)) {
            throw new AccessDeniedException("No write access to region " + regionId);
        }
        AnalysisRepository.ItemHead item = analyses.itemHead(lineItemId)
                .filter(i -> analyses.head(i.analysisId()).filter(h -> readable(actor, h)).isPresent())
                .orElseThrow(() -> new NotFoundException(ITEM, lineItemId));
        if (item.kind() != FlowKind.BENEFIT) {
            throw new ValidationException(FieldProblem.of("item", "mkba.block-only-benefits"));
        }
        return actor;
    }

    // ---- checks

    private Actor actor() {
        return access.signedIn();
    }

    private static void requireWrite(Actor actor, Head head) {
        if (!actor.canWriteIn(head.regionId())) {
            throw new AccessDeniedException("No write access to region " + head.regionId());
        }
    }

    /** The analysis, locked, when the actor writes in its region and it is a draft. */
    private Head editable(Actor actor, long analysisId) {
        Head head = analyses.lock(analysisId).orElseThrow(() -> new NotFoundException(ANALYSIS, analysisId));
        requireWrite(actor, head);
        if (head.state() != AnalysisState.DRAFT) {
            throw new ValidationException(FieldProblem.of("state", "mkba.published-read-only"));
        }
        return head;
    }

    private void saved(Actor actor, long analysisId) {
        analyses.touch(analysisId, actor.id(), clock.instant());
    }

    private static void partOf(Optional<Long> owner, long analysisId, String entity, long id) {
        if (owner.filter(o -> o == analysisId).isEmpty()) {
            throw new NotFoundException(entity, id);
        }
    }

    private Set<Long> stakeholderIds(long analysisId) {
        return analyses.stakeholders(analysisId).stream().map(StakeholderRow::id).collect(Collectors.toSet());
    }

    private AnalysisDraft validated(AnalysisDraft draft, Long existingId) {
        FieldChecks checks = new FieldChecks()
                .text("title", draft.title(), AnalysisDraft.TITLE_MAX)
                .maxLength("description", draft.description(), AnalysisDraft.DESCRIPTION_MAX)
                .required("level", draft.level());
        year(checks, "baseYear", draft.baseYear());
        year(checks, "priceLevelYear", draft.priceLevelYear());
        checks.required("horizonYears", draft.horizonYears());
        if (draft.horizonYears() != null && !Limits.horizonAllowed(draft.horizonYears())) {
            checks.add(FieldProblem.of("horizonYears", "mkba.horizon-range", Limits.MIN_HORIZON, Limits.MAX_HORIZON));
        }
        checks.required("discountRate", draft.discountRate());
        rate(checks, "discountRate", draft.discountRate());
        rate(checks, "customRate", draft.customRate());
        checks.required("variationPercent", draft.variationPercent());
        if (draft.variationPercent() != null && (!Limits.percentAllowed(draft.variationPercent())
                || draft.variationPercent().signum() == 0)) {
            checks.add(FieldProblem.of("variationPercent", "mkba.variation-range"));
        }
        checks.throwIfAny();
        if (existingId != null) {
            int outside = outsideHorizon(existingId, draft.baseYear(), draft.baseYear() + draft.horizonYears() - 1);
            if (outside > 0) {
                throw new ValidationException(FieldProblem.of("horizonYears", "mkba.items-outside-horizon", outside));
            }
        }
        return new AnalysisDraft(draft.title().strip(), draft.description() == null ? "" : draft.description().strip(),
                draft.baseYear(), draft.horizonYears(), draft.priceLevelYear(), draft.discountRate(),
                draft.customRate(), draft.variationPercent(), draft.level());
    }

    /** How many items have years outside the span from {@code first} to {@code last}. */
    private int outsideHorizon(long analysisId, int first, int last) {
        Function<Integer, Boolean> outside = year -> year < first || year > last;
        return (int) analyses.items(analysisId).stream().map(LineItemRow::draft).filter(item ->
                item.mode() == AmountMode.CONSTANT
                        ? outside.apply(item.fromYear()) || outside.apply(item.toYear())
                        : item.perYear().keySet().stream().anyMatch(outside::apply))
                .count();
    }

    private static void year(FieldChecks checks, String field, Integer year) {
        checks.required(field, year);
        if (year != null && (year < AnalysisDraft.MIN_YEAR || year > AnalysisDraft.MAX_YEAR)) {
            checks.add(FieldProblem.of(field, "mkba.year-range", AnalysisDraft.MIN_YEAR, AnalysisDraft.MAX_YEAR));
        }
    }

    private static void rate(FieldChecks checks, String field, BigDecimal rate) {
        if (rate != null && !Limits.discountRateAllowed(rate)) {
            checks.add(FieldProblem.of(field, "mkba.rate-range", Limits.MIN_DISCOUNT_RATE, Limits.MAX_DISCOUNT_RATE));
        }
    }

    private static StakeholderDraft validated(StakeholderDraft draft) {
        new FieldChecks().text("name", draft.name(), StakeholderDraft.NAME_MAX)
                .required("fundingStream", draft.fundingStream()).throwIfAny();
        return new StakeholderDraft(draft.name().strip(), draft.fundingStream());
    }

    private static EffectDraft validated(EffectDraft draft, Set<Long> stakeholders) {
        FieldChecks checks = new FieldChecks().text("description", draft.description(), EffectDraft.DESCRIPTION_MAX)
                .required("stakeholder", draft.stakeholderId()).required("direction", draft.direction());
        if (draft.stakeholderId() != null && !stakeholders.contains(draft.stakeholderId())) {
            checks.add(FieldProblem.of("stakeholder", "mkba.unknown-stakeholder"));
        }
        checks.throwIfAny();
        return new EffectDraft(draft.description().strip(), draft.stakeholderId(), draft.direction());
    }

    /** Every rule of a line item; the problems name the fields the item dialog and the import use. */
    static LineItemDraft validated(LineItemDraft d, Head head, Set<Long> stakeholders) {
        FieldChecks checks = new FieldChecks()
                .required("kind", d.kind())
                .text("description", d.description(), LineItemDraft.DESCRIPTION_MAX)
                .required("stakeholder", d.stakeholderId())
                .required("valueType", d.valueType())
                .required("mode", d.mode())
                .required("confidence", d.confidence())
                .maxLength("source", d.source(), LineItemDraft.SOURCE_MAX);
        if (d.stakeholderId() != null && !stakeholders.contains(d.stakeholderId())) {
            checks.add(FieldProblem.of("stakeholder", "mkba.unknown-stakeholder"));
        }
        if (d.mode() == AmountMode.CONSTANT) {
            checks.required("amount", d.amount());
            amount(checks, "amount", d.amount());
            inHorizon(checks, "fromYear", d.fromYear(), head);
            inHorizon(checks, "toYear", d.toYear(), head);
            if (d.fromYear() != null && d.toYear() != null && d.toYear() < d.fromYear()) {
                checks.add(FieldProblem.of("toYear", "mkba.to-before-from"));
            }
            checks.required("growth", d.growthPercent());
            if (d.growthPercent() != null && !Limits.growthAllowed(d.growthPercent())) {
                checks.add(FieldProblem.of("growth", "mkba.growth-range", Limits.MIN_GROWTH, Limits.MAX_GROWTH));
            } else if (d.growthPercent() != null && d.amount() != null && d.fromYear() != null && d.toYear() != null
                    && d.toYear() >= d.fromYear() && Limits.amountAllowed(d.amount())) {
                // Growth is monotone: the last year holds the largest (or, shrinking, the smallest) amount.
                BigDecimal last = d.toModel(0).amounts().in(d.toYear());
                if (last.abs().compareTo(Limits.MAX_AMOUNT) > 0) {
                    checks.add(FieldProblem.of("growth", "mkba.grown-too-large", d.toYear(), Limits.MAX_AMOUNT));
                }
            }
        } else if (d.mode() == AmountMode.PER_YEAR) {
            if (d.perYear().isEmpty()) {
                checks.add(FieldProblem.of("perYear", "mkba.per-year-empty"));
            }
            d.perYear().forEach((year, value) -> {
                if (!head.withinHorizon(year)) {
                    checks.add(FieldProblem.of("perYear", "mkba.year-outside-horizon", year, head.baseYear(),
                            head.baseYear() + head.horizonYears() - 1));
                }
                if (value == null) {
                    checks.add(FieldProblem.of("perYear", "mkba.per-year-missing", year));
                } else if (!Limits.amountAllowed(value)) {
                    checks.add(FieldProblem.of("perYear", "mkba.per-year-amount", year));
                }
            });
        }
        percent(checks, "deadweight", d.deadweight());
        percent(checks, "attribution", d.attribution());
        percent(checks, "optimismBias", d.optimismBias());
        percent(checks, "dropOff", d.dropOff());
        checks.throwIfAny();
        boolean constant = d.mode() == AmountMode.CONSTANT;
        return new LineItemDraft(d.kind(), d.description().strip(), d.stakeholderId(), d.valueType(), d.mode(),
                constant ? d.amount() : null, constant ? d.fromYear() : null, constant ? d.toYear() : null,
                constant ? d.growthPercent() : BigDecimal.ZERO, constant ? null : d.perYear(), d.deadweight(),
                d.attribution(), d.optimismBias(), d.dropOff(), d.source() == null ? "" : d.source().strip(),
                d.confidence());
    }

    private static void amount(FieldChecks checks, String field, BigDecimal amount) {
        if (amount != null && !Limits.amountAllowed(amount)) {
            checks.add(FieldProblem.of(field, "mkba.amount-range", Limits.MAX_AMOUNT, Limits.AMOUNT_DECIMALS));
        }
    }

    private static void inHorizon(FieldChecks checks, String field, Integer year, Head head) {
        checks.required(field, year);
        if (year != null && !head.withinHorizon(year)) {
            checks.add(FieldProblem.of(field, "mkba.year-outside-horizon", year, head.baseYear(),
                    head.baseYear() + head.horizonYears() - 1));
        }
    }

    private static void percent(FieldChecks checks, String field, BigDecimal value) {
        checks.required(field, value);
        if (value != null && !Limits.percentAllowed(value)) {
            checks.add(FieldProblem.of(field, "mkba.percent-range"));
        }
    }
}
