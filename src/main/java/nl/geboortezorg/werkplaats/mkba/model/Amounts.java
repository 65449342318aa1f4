package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A line item's yearly amounts before any adjustment, in euros at the analysis' price level:
 * either one amount for a run of years, growing by a yearly rate, or an amount per year.
 */
public sealed interface Amounts {

    /** The amount in a calendar year; zero in a year without one. */
    BigDecimal in(int year);

    /** The first year with an amount other than zero. */
    OptionalInt firstYear();

    /** The same amounts multiplied by a factor (for sensitivity). */
    Amounts times(BigDecimal factor);

    /**
     * {@code amount} in every year from {@code fromYear} to {@code toYear} (both included), grown by
     * {@code growthPercent} a year after the first: amount × (1 + g)^(year − fromYear).
     */
    record Constant(BigDecimal amount, int fromYear, int toYear, BigDecimal growthPercent) implements Amounts {

        public Constant {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(growthPercent, "growthPercent");
            if (toYear < fromYear) {
                throw new IllegalArgumentException("toYear " + toYear + " before fromYear " + fromYear);
            }
        }

        public static Constant of(BigDecimal amount, int fromYear, int toYear) {
            return new Constant(amount, fromYear, toYear, BigDecimal.ZERO);
        }

        @Override
        public BigDecimal in(int year) {
            if (year < fromYear || year > toYear) {
                return BigDecimal.ZERO;
            }
            if (growthPercent.signum() == 0) {
                return amount;
            }
            return amount.multiply(Money.growth(growthPercent, year - fromYear), Money.CONTEXT);
        }

        @Override
        public OptionalInt firstYear() {
            return amount.signum() == 0 ? OptionalInt.empty() : OptionalInt.of(fromYear);
        }

        @Override
        public Amounts times(BigDecimal factor) {
            return new Constant(amount.multiply(factor, Money.CONTEXT), fromYear, toYear, growthPercent);
        }
    }

    /** An explicit amount for each year that has one. */
    record PerYear(SortedMap<Integer, BigDecimal> values) implements Amounts {

        public PerYear {
            values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
            values.values().forEach(value -> Objects.requireNonNull(value, "value"));
        }

        public static PerYear of(Map<Integer, BigDecimal> values) {
            return new PerYear(new TreeMap<>(values));
        }

        @Override
        public BigDecimal in(int year) {
            return values.getOrDefault(year, BigDecimal.ZERO);
        }

        @Override
        public OptionalInt firstYear() {
            return values.entrySet().stream()
                    .filter(e -> e.getValue().signum() != 0)
                    .mapToInt(Map.Entry::getKey)
                    .findFirst();
        }

        @Override
        public Amounts times(BigDecimal factor) {
            TreeMap<Integer, BigDecimal> scaled = new TreeMap<>();
            values.forEach((year, value) -> scaled.put(year, value.multiply(factor, Money.CONTEXT)));
            return new PerYear(scaled);
        }
    }
}
