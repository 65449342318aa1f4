package nl.geboortezorg.werkplaats.mkba.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AmountMode;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;

/** A line item's amounts and adjustments in a few words, for tables on screen and in the report. */
final class ItemTexts {

    private ItemTexts() {}

    /** € 1.000,00 a year, 2025–2029 (+2% a year), or the amounts per year. */
    static String amounts(LineItemDraft d, Translator t, Locale locale) {
        if (d.mode() == AmountMode.CONSTANT) {
            String text = t.translate(
                    "mkba.amount-summary",
                    MkbaFormats.cents(Objects.requireNonNull(d.amount(), "a stored constant has its amount"), locale),
                    String.valueOf(d.fromYear()),
                    String.valueOf(d.toYear()));
            return d.growthPercent().signum() == 0
                    ? text
                    : text + " "
                            + t.translate("mkba.growth-summary", MkbaFormats.signedPercent(d.growthPercent(), locale));
        }
        return d.perYear().entrySet().stream()
                .map(e -> e.getKey() + ": " + MkbaFormats.cents(e.getValue(), locale))
                .collect(Collectors.joining("; "));
    }

    /** The adjustments that are set, or "none". */
    static String adjustments(LineItemDraft d, Translator t, Locale locale) {
        List<String> parts = new ArrayList<>();
        addIfSet(parts, t, locale, "mkba.deadweight-short", d.deadweight());
        addIfSet(parts, t, locale, "mkba.attribution-short", d.attribution());
        addIfSet(parts, t, locale, "mkba.optimism-bias-short", d.optimismBias());
        addIfSet(parts, t, locale, "mkba.drop-off-short", d.dropOff());
        return parts.isEmpty() ? t.translate("mkba.no-adjustments") : String.join(", ", parts);
    }

    private static void addIfSet(List<String> parts, Translator t, Locale locale, String key, BigDecimal percent) {
        if (percent.signum() != 0) {
            parts.add(t.translate(key, MkbaFormats.percent(percent, locale)));
        }
    }
}
