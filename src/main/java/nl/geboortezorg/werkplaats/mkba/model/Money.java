package nl.geboortezorg.werkplaats.mkba.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** The arithmetic the model shares: 34 significant digits, percentages as entered (2.25 means 2.25%). */
final class Money {

    /** Far more digits than any euro amount needs; nothing is rounded to cents before display. */
    static final MathContext CONTEXT = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    /** A percentage as a fraction: 2.25 → 0.0225. */
    static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(HUNDRED, CONTEXT);
    }

    /** 1 − p%. */
    static BigDecimal remaining(BigDecimal percent) {
        return BigDecimal.ONE.subtract(fraction(percent));
    }

    /** (1 + g%)^years. */
    static BigDecimal growth(BigDecimal percent, int years) {
        return BigDecimal.ONE.add(fraction(percent)).pow(years, CONTEXT);
    }

    /** 1 / (1 + r%)^t. */
    static BigDecimal discountFactor(BigDecimal ratePercent, int t) {
        return BigDecimal.ONE.divide(growth(ratePercent, t), CONTEXT);
    }
}
