package nl.geboortezorg.werkplaats.mkba;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisRules.Horizon;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.Head;
import nl.geboortezorg.werkplaats.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a draft analysis is made of, written by the region's writers: its stakeholders with their
 * funding stream, its costs and benefits (one at a time, or several at once from an import), and
 * its effects that cannot be priced. Each change makes the analysis count as saved, raises the
 * analysis' version (so that publishing or deleting what someone read before the change is refused
 * as stale) and is audited.
 */
@Service
public class AnalysisPartsService {

    static final String STAKEHOLDER = "mkba-stakeholder";
    static final String ITEM = "mkba-line-item";
    static final String EFFECT = "mkba-unpriced-effect";

    private final AnalysisRepository analyses;
    private final AnalysisAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    AnalysisPartsService(AnalysisRepository analyses, AnalysisAccess access, AuditTrail audit, Clock clock) {
        this.analyses = analyses;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- stakeholders

    @Transactional
    public long addStakeholder(long analysisId, StakeholderDraft draft) {
        Actor actor = access.signedIn();
        access.editable(actor, analysisId);
        StakeholderDraft clean = AnalysisRules.stakeholder(draft);
        long id = analyses.insertStakeholder(analysisId, clean);
        saved(actor, analysisId);
        audit.record(STAKEHOLDER, id, "create", Map.of("analysisId", analysisId, "stakeholder", clean));
        return id;
    }

    @Transactional
    public void updateStakeholder(long analysisId, long stakeholderId, int version, StakeholderDraft draft) {
        changePart(
                analysisId,
                STAKEHOLDER,
                stakeholderId,
                analyses::analysisOfStakeholder,
                "update",
                head -> AnalysisRules.stakeholder(draft),
                clean -> analyses.updateStakeholder(stakeholderId, version, clean));
    }

    /** Removes a stakeholder that no item or effect names; otherwise says how many still do. */
    @Transactional
    public void removeStakeholder(long analysisId, long stakeholderId, int version) {
        changePart(
                analysisId,
                STAKEHOLDER,
                stakeholderId,
                analyses::analysisOfStakeholder,
                "delete",
                head -> {
                    AnalysisRules.removable(analyses.usesOfStakeholder(stakeholderId));
                    return null;
                },
                none -> analyses.deleteStakeholder(stakeholderId, version));
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
        Actor actor = access.signedIn();
        Head head = access.editable(actor, analysisId);
        List<LineItemDraft> clean = AnalysisRules.items(drafts, horizon(head), stakeholderIds(analysisId));
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
        changePart(
                analysisId,
                ITEM,
                itemId,
                analyses::analysisOfItem,
                "update",
                head -> AnalysisRules.item(draft, horizon(head), stakeholderIds(analysisId)),
                clean -> analyses.updateItem(itemId, version, clean));
    }

    @Transactional
    public void removeItem(long analysisId, long itemId, int version) {
        changePart(
                analysisId,
                ITEM,
                itemId,
                analyses::analysisOfItem,
                "delete",
                head -> null,
                none -> analyses.deleteItem(itemId, version));
    }

    // ---- unpriced effects

    @Transactional
    public long addEffect(long analysisId, EffectDraft draft) {
        Actor actor = access.signedIn();
        access.editable(actor, analysisId);
        EffectDraft clean = AnalysisRules.effect(draft, stakeholderIds(analysisId));
        long id = analyses.insertEffect(analysisId, clean);
        saved(actor, analysisId);
        audit.record(EFFECT, id, "create", Map.of("analysisId", analysisId, "effect", clean));
        return id;
    }

    @Transactional
    public void updateEffect(long analysisId, long effectId, int version, EffectDraft draft) {
        changePart(
                analysisId,
                EFFECT,
                effectId,
                analyses::analysisOfEffect,
                "update",
                head -> AnalysisRules.effect(draft, stakeholderIds(analysisId)),
                clean -> analyses.updateEffect(effectId, version, clean));
    }

    @Transactional
    public void removeEffect(long analysisId, long effectId, int version) {
        changePart(
                analysisId,
                EFFECT,
                effectId,
                analyses::analysisOfEffect,
                "delete",
                head -> null,
                none -> analyses.deleteEffect(effectId, version));
    }

    /**
     * Changes or removes one part of a draft: the actor writes in its region, the part belongs to
     * the analysis, the input passes its checks, the write finds the part as it was read; then the
     * analysis counts as saved and the change is audited (with the checked input, if any).
     */
    private <T> void changePart(
            long analysisId,
            String entity,
            long partId,
            Function<Long, Optional<Long>> ownerOf,
            String action,
            Function<Head, @Nullable T> check,
            Consumer<@Nullable T> write) {
        Actor actor = access.signedIn();
        Head head = access.editable(actor, analysisId);
        if (ownerOf.apply(partId).filter(owner -> owner == analysisId).isEmpty()) {
            throw new NotFoundException(entity, partId);
        }
        @Nullable T clean = check.apply(head);
        write.accept(clean);
        saved(actor, analysisId);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("analysisId", analysisId);
        if (clean != null) {
            change.put("input", clean);
        }
        audit.record(entity, partId, action, change);
    }

    private void saved(Actor actor, long analysisId) {
        analyses.touch(analysisId, actor.id(), clock.instant());
    }

    private Set<Long> stakeholderIds(long analysisId) {
        return analyses.stakeholders(analysisId).stream()
                .map(StakeholderRow::id)
                .collect(Collectors.toSet());
    }

    private static Horizon horizon(Head head) {
        return new Horizon(head.baseYear(), head.horizonYears());
    }
}
