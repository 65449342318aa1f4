package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.BlockedItem;
import nl.geboortezorg.werkplaats.mkba.internal.AnalysisRepository.ItemHead;
import nl.geboortezorg.werkplaats.mkba.model.CostBenefitModel;
import nl.geboortezorg.werkplaats.mkba.model.ItemResult;
import nl.geboortezorg.werkplaats.security.Actor;
import nl.geboortezorg.werkplaats.security.Readership;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which benefits of which analyses a bottleneck stands in the way of, as the bottleneck's page
 * shows them: the writers of the bottleneck's region mark the benefits (of analyses they read)
 * it blocks, and the analysis shows its blockers.
 */
@Service
public class BlockedBenefitService {

    private final AnalysisRepository analyses;
    private final AnalysisAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    BlockedBenefitService(AnalysisRepository analyses, AnalysisAccess access, AuditTrail audit, Clock clock) {
        this.analyses = analyses;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Benefits of the analyses the signed-in user reads, marked when the bottleneck blocks them. */
    @Transactional(readOnly = true)
    public List<BenefitChoice> benefitsFor(long bottleneckId) {
        Actor actor = access.signedIn();
        analyses.regionOfBottleneck(bottleneckId).orElseThrow(() -> new NotFoundException("bottleneck", bottleneckId));
        return analyses.benefits(bottleneckId, Readership.of(Optional.of(actor)));
    }

    /** What the benefits the bottleneck blocks are worth, as far as the signed-in user reads their analyses. */
    @Transactional(readOnly = true)
    public BlockedValue blockedValue(long bottleneckId) {
        access.signedIn();
        analyses.regionOfBottleneck(bottleneckId).orElseThrow(() -> new NotFoundException("bottleneck", bottleneckId));
        return blockedValues(List.of(bottleneckId)).getOrDefault(bottleneckId, BlockedValue.NONE);
    }

    /**
     * Per bottleneck, what the benefits it blocks are worth, as far as the signed-in user reads their
     * analyses; a bottleneck that blocks none the reader sees is left out. Each analysis is calculated
     * once, however many of the bottlenecks block its benefits.
     */
    @Transactional(readOnly = true)
    public Map<Long, BlockedValue> blockedValues(Collection<Long> bottleneckIds) {
        Actor actor = access.signedIn();
        if (bottleneckIds.isEmpty()) {
            return Map.of();
        }
        List<BlockedItem> blocked = analyses.blockedItems(bottleneckIds, Readership.of(Optional.of(actor)));
        Map<Long, Map<Long, BigDecimal>> presentValues = new HashMap<>();
        for (BlockedItem item : blocked) {
            presentValues.computeIfAbsent(item.analysisId(), this::presentValues);
        }
        Map<Long, BlockedValue> values = new LinkedHashMap<>();
        blocked.stream()
                .collect(Collectors.groupingBy(BlockedItem::bottleneckId, LinkedHashMap::new, Collectors.toList()))
                .forEach((bottleneckId, items) -> values.put(
                        bottleneckId,
                        new BlockedValue(
                                items.stream()
                                        .map(i -> presentValues
                                                .getOrDefault(i.analysisId(), Map.of())
                                                .getOrDefault(i.lineItemId(), BigDecimal.ZERO))
                                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                                items.size(),
                                (int) items.stream()
                                        .map(BlockedItem::analysisId)
                                        .distinct()
                                        .count())));
        return values;
    }

    /**
     * The benefits the bottleneck blocks in the base analyses the signed-in user reads, each with its
     * present value, as {@link #blockedValue} sums them.
     */
    @Transactional(readOnly = true)
    public List<BlockedBenefit> blockedBenefits(long bottleneckId) {
        Actor actor = access.signedIn();
        analyses.regionOfBottleneck(bottleneckId).orElseThrow(() -> new NotFoundException("bottleneck", bottleneckId));
        Readership readership = Readership.of(Optional.of(actor));
        Map<Long, BenefitChoice> choices = analyses.benefits(bottleneckId, readership).stream()
                .filter(BenefitChoice::blocked)
                .collect(Collectors.toMap(BenefitChoice::lineItemId, choice -> choice));
        Map<Long, Map<Long, BigDecimal>> presentValues = new HashMap<>();
        List<BlockedBenefit> blocked = new java.util.ArrayList<>();
        for (BlockedItem item : analyses.blockedItems(List.of(bottleneckId), readership)) {
            BenefitChoice choice = choices.get(item.lineItemId());
            if (choice != null) {
                blocked.add(new BlockedBenefit(
                        item.analysisId(),
                        choice.analysisTitle(),
                        choice.regionName(),
                        item.lineItemId(),
                        choice.description(),
                        presentValues
                                .computeIfAbsent(item.analysisId(), this::presentValues)
                                .getOrDefault(item.lineItemId(), BigDecimal.ZERO)));
            }
        }
        return blocked;
    }

    /** Each line item's present value in the analysis as it stands. */
    private Map<Long, BigDecimal> presentValues(long analysisId) {
        return analyses.load(analysisId)
                .map(loaded -> CostBenefitModel.calculate(AnalysisDetail.model(
                                loaded.heading(), analyses.stakeholders(analysisId), analyses.items(analysisId)))
                        .items()
                        .stream()
                        .collect(Collectors.toMap(result -> result.item().id(), ItemResult::presentValue)))
                .orElse(Map.of());
    }

    /** Whether the signed-in user may say which benefits the bottleneck blocks: a writer of its region. */
    @Transactional(readOnly = true)
    public boolean mayBlock(long bottleneckId) {
        return access.current()
                .flatMap(actor -> analyses.regionOfBottleneck(bottleneckId).map(actor::canWriteIn))
                .orElse(false);
    }

    @Transactional
    public void block(long bottleneckId, long lineItemId) {
        Actor actor = blocker(bottleneckId, lineItemId);
        if (analyses.block(bottleneckId, lineItemId, actor.id(), clock.instant())) {
            audit.record(AnalysisPartsService.ITEM, lineItemId, "blocked", Map.of("bottleneckId", bottleneckId));
        }
    }

    @Transactional
    public void unblock(long bottleneckId, long lineItemId) {
        blocker(bottleneckId, lineItemId);
        if (analyses.unblock(bottleneckId, lineItemId)) {
            audit.record(AnalysisPartsService.ITEM, lineItemId, "unblocked", Map.of("bottleneckId", bottleneckId));
        }
    }

    /** A writer of the bottleneck's region who reads the analysis of the benefit. */
    private Actor blocker(long bottleneckId, long lineItemId) {
        Actor actor = access.signedIn();
        long regionId = analyses.regionOfBottleneck(bottleneckId)
                .orElseThrow(() -> new NotFoundException("bottleneck", bottleneckId));
        AnalysisAccess.requireWrite(actor, regionId);
        ItemHead item = analyses.itemHead(lineItemId)
                .filter(i -> analyses.head(i.analysisId())
                        .filter(h -> AnalysisAccess.readable(actor, h))
                        .isPresent())
                .orElseThrow(() -> new NotFoundException(AnalysisPartsService.ITEM, lineItemId));
        AnalysisRules.blockable(item.kind());
        return actor;
    }
}
