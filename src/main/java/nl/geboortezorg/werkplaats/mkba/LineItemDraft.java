package nl.geboortezorg.werkplaats.mkba;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.geboortezorg.werkplaats.mkba.model.Adjustments;
import nl.geboortezorg.werkplaats.mkba.model.Amounts;
import nl.geboortezorg.werkplaats.mkba.model.Confidence;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.LineItem;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * A cost or benefit as typed. With {@link AmountMode#CONSTANT} the amount, years and growth are
 * used; with {@link AmountMode#PER_YEAR} the amounts per year. Percentages as entered (10 is 10%).
 */
public record LineItemDraft(
        @Nullable FlowKind kind,
        String description,
        @Nullable Long stakeholderId,
        @Nullable ValueType valueType,
        @Nullable AmountMode mode,
        @Nullable BigDecimal amount,
        @Nullable Integer fromYear,
        @Nullable Integer toYear,
        BigDecimal growthPercent,
        SortedMap<Integer, BigDecimal> perYear,
        BigDecimal deadweight,
        BigDecimal attribution,
        BigDecimal optimismBias,
        BigDecimal dropOff,
        String source,
        Confidence confidence) {

    public static final int DESCRIPTION_MAX = 300;
    public static final int SOURCE_MAX = 1000;

    public LineItemDraft {
        perYear = perYear == null ? new TreeMap<>() : new TreeMap<>(perYear);
    }

    /** A constant amount without adjustments, medium confidence: the shape of most first drafts. */
    public static LineItemDraft constant(
            FlowKind kind,
            String description,
            long stakeholderId,
            ValueType type,
            BigDecimal amount,
            int fromYear,
            int toYear) {
        return new LineItemDraft(
                kind,
                description,
                stakeholderId,
                type,
                AmountMode.CONSTANT,
                amount,
                fromYear,
                toYear,
                BigDecimal.ZERO,
                new TreeMap<>(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "",
                Confidence.MEDIUM);
    }

    public static LineItemDraft perYear(
            FlowKind kind, String description, long stakeholderId, ValueType type, Map<Integer, BigDecimal> amounts) {
        return new LineItemDraft(
                kind,
                description,
                stakeholderId,
                type,
                AmountMode.PER_YEAR,
                null,
                null,
                null,
                BigDecimal.ZERO,
                new TreeMap<>(amounts),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "",
                Confidence.MEDIUM);
    }

    public LineItemDraft withAdjustments(
            BigDecimal deadweight, BigDecimal attribution, BigDecimal optimismBias, BigDecimal dropOff) {
        return new LineItemDraft(
                kind,
                description,
                stakeholderId,
                valueType,
                mode,
                amount,
                fromYear,
                toYear,
                growthPercent,
                perYear,
                deadweight,
                attribution,
                optimismBias,
                dropOff,
                source,
                confidence);
    }

    public LineItemDraft withGrowth(BigDecimal growth) {
        return new LineItemDraft(
                kind,
                description,
                stakeholderId,
                valueType,
                mode,
                amount,
                fromYear,
                toYear,
                growth,
                perYear,
                deadweight,
                attribution,
                optimismBias,
                dropOff,
                source,
                confidence);
    }

    public LineItemDraft withSource(String text, Confidence grade) {
        return new LineItemDraft(
                kind,
                description,
                stakeholderId,
                valueType,
                mode,
                amount,
                fromYear,
                toYear,
                growthPercent,
                perYear,
                deadweight,
                attribution,
                optimismBias,
                dropOff,
                text,
                grade);
    }

    /** The item for the calculation; only for a draft that passed the service's checks. */
    public LineItem toModel(long id) {
        Amounts amounts = mode == AmountMode.CONSTANT
                ? new Amounts.Constant(checked(amount), checked(fromYear), checked(toYear), growthPercent)
                : new Amounts.PerYear(perYear);
        return new LineItem(
                id,
                checked(kind),
                description,
                checked(stakeholderId),
                checked(valueType),
                amounts,
                new Adjustments(deadweight, attribution, optimismBias, dropOff),
                source,
                confidence);
    }

    private static <T> T checked(@Nullable T value) {
        return Objects.requireNonNull(value, "the service's checks require it");
    }
}
