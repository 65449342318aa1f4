package nl.geboortezorg.werkplaats.mkba;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.EffectRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.Head;
import nl.geboortezorg.werkplaats.notifications.Activities;
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ActivityRecord;
import nl.geboortezorg.werkplaats.notifications.Audience;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An analysis from start to end: the region's writers create it, change its heading while it is
 * a draft, publish it (it is then read-only and read per its publication level) and withdraw it
 * to change it again, copy it as a scenario to change freely, and delete a draft. Every step is
 * audited; publishing tells the region, or everyone, by the analysis' level.
 */
@Service
public class AnalysisLifecycleService {

    static final String ANALYSIS = "mkba-analysis";

    private final AnalysisRepository analyses;
    private final AnalysisAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Activities activities;

    AnalysisLifecycleService(
            AnalysisRepository analyses, AnalysisAccess access, AuditTrail audit, Clock clock, Activities activities) {
        this.analyses = analyses;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.activities = activities;
    }

    @Transactional
    public long create(long regionId, AnalysisDraft draft) {
        Actor actor = access.writerIn(regionId);
        AnalysisDraft clean = AnalysisRules.heading(draft);
        long id = analyses.insert(regionId, null, clean, actor.id(), clock.instant());
        audit.record(ANALYSIS, id, "create", Map.of("regionId", regionId, "heading", clean));
        return id;
    }

    @Transactional
    public void updateHeading(long id, int version, AnalysisDraft draft) {
        Actor actor = access.signedIn();
        Head head = access.editable(actor, id);
        AnalysisDraft clean = AnalysisRules.heading(draft);
        AnalysisRules.horizonHoldsItems(
                clean, analyses.items(id).stream().map(LineItemRow::draft).toList());
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
        Actor actor = access.signedIn();
        Head head = access.locked(actor, id);
        AnalysisRules.transition(head.state(), target);
        analyses.setState(id, version, target, actor.id(), clock.instant());
        audit.record(ANALYSIS, id, action, Map.of("level", head.level().name()));
        Audience audience = target == AnalysisState.DRAFT || head.level() == PublicationLevel.REGION
                ? Audience.REGION
                : Audience.EVERYONE;
        activities.narrow(ItemType.ANALYSIS, id, audience);
        if (target == AnalysisState.PUBLISHED) {
            activities.record(
                    actor,
                    ActivityRecord.of(
                            ActivityKind.ANALYSIS_PUBLISHED,
                            ItemType.ANALYSIS,
                            id,
                            head.regionId(),
                            audience,
                            Objects.requireNonNull(analyses.title(id), "just published")));
        }
    }

    /** Removes a draft with all its parts (and its scenarios, when it is a base analysis). */
    @Transactional
    public void delete(long id, int version) {
        Actor actor = access.signedIn();
        Head head = access.editable(actor, id);
        analyses.delete(id, version);
        audit.record(ANALYSIS, id, "delete", Map.of("regionId", head.regionId()));
    }

    /**
     * A scenario: a draft copy of the analysis (heading, stakeholders, items, effects) under a new
     * title, to change without touching the original. A copy of a scenario belongs to the same base.
     */
    @Transactional
    public long copyAsScenario(long id, String title) {
        Actor actor = access.signedIn();
        Head head = access.writable(actor, id);
        String copyTitle = AnalysisRules.scenarioTitle(title);
        AnalysisDraft heading = analyses.load(id).orElseThrow().heading();
        AnalysisDraft copy = new AnalysisDraft(
                copyTitle,
                heading.description(),
                heading.baseYear(),
                heading.horizonYears(),
                heading.priceLevelYear(),
                heading.discountRate(),
                heading.customRate(),
                heading.variationPercent(),
                heading.level());
        long baseId = head.scenarioOfId() == null ? id : head.scenarioOfId();
        long copyId = analyses.insert(head.regionId(), baseId, copy, actor.id(), clock.instant());
        Map<Long, Long> stakeholderIds = new HashMap<>();
        for (StakeholderRow row : analyses.stakeholders(id)) {
            stakeholderIds.put(row.id(), analyses.insertStakeholder(copyId, row.draft()));
        }
        for (LineItemRow row : analyses.items(id)) {
            analyses.insertItem(
                    copyId,
                    withStakeholder(row.draft(), stakeholderIds.get(row.draft().stakeholderId())));
        }
        for (EffectRow row : analyses.effects(id)) {
            EffectDraft effect = row.draft();
            analyses.insertEffect(
                    copyId,
                    new EffectDraft(
                            effect.description(), stakeholderIds.get(effect.stakeholderId()), effect.direction()));
        }
        audit.record(ANALYSIS, copyId, "copy", Map.of("from", id, "scenarioOf", baseId, "title", copy.title()));
        return copyId;
    }

    private static LineItemDraft withStakeholder(LineItemDraft d, @Nullable Long stakeholderId) {
        return new LineItemDraft(
                d.kind(),
                d.description(),
                stakeholderId,
                d.valueType(),
                d.mode(),
                d.amount(),
                d.fromYear(),
                d.toYear(),
                d.growthPercent(),
                d.perYear(),
                d.deadweight(),
                d.attribution(),
                d.optimismBias(),
                d.dropOff(),
                d.source(),
                d.confidence());
    }
}
