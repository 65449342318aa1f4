package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;

/** The bounds of sensible input, checked before anything is saved or calculated. */
public final class Limits {

    /** The Dutch standard real discount rate for social cost-benefit analyses since 2021, in percent. */
    public static final BigDecimal STANDARD_DISCOUNT_RATE = new BigDecimal("2.25");

    public static final BigDecimal MIN_DISCOUNT_RATE = new BigDecimal("-5");
    public static final BigDecimal MAX_DISCOUNT_RATE = new BigDecimal("20");
    public static final int MIN_HORIZON = 1;
    public static final int MAX_HORIZON = 30;
    public static final BigDecimal MIN_PERCENT = BigDecimal.ZERO;
    public static final BigDecimal MAX_PERCENT = new BigDecimal("100");
    /** A yearly growth rate may also be negative, down to the whole amount. */
    public static final BigDecimal MIN_GROWTH = new BigDecimal("-100");

    public static final BigDecimal MAX_GROWTH = new BigDecimal("100");
    /** The largest amount, positive or negative, of one item in one year. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    public static final int AMOUNT_DECIMALS = 2;
    public static final int PERCENT_DECIMALS = 4;
    /** The default variation of each item in the tornado view, in percent. */
    public static final BigDecimal DEFAULT_VARIATION = new BigDecimal("25");

    private Limits() {}

    public static boolean discountRateAllowed(BigDecimal percent) {
        return within(percent, MIN_DISCOUNT_RATE, MAX_DISCOUNT_RATE)
                && percent.stripTrailingZeros().scale() <= PERCENT_DECIMALS;
    }

    public static boolean horizonAllowed(int years) {
        return years >= MIN_HORIZON && years <= MAX_HORIZON;
    }

    public static boolean percentAllowed(BigDecimal percent) {
        return within(percent, MIN_PERCENT, MAX_PERCENT)
                && percent.stripTrailingZeros().scale() <= PERCENT_DECIMALS;
    }

    public static boolean growthAllowed(BigDecimal percent) {
        return within(percent, MIN_GROWTH, MAX_GROWTH)
                && percent.stripTrailingZeros().scale() <= PERCENT_DECIMALS;
    }

    /** At most two decimals and at most a billion euros either way. */
    public static boolean amountAllowed(BigDecimal amount) {
        return amount.abs().compareTo(MAX_AMOUNT) <= 0
                && amount.stripTrailingZeros().scale() <= AMOUNT_DECIMALS;
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
