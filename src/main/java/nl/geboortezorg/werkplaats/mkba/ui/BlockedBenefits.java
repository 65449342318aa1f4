package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.BenefitChoice;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.BlockedValue;

/**
 * On a bottleneck's page: the benefits of cost-benefit analyses it stands in the way of. Writers
 * of the bottleneck's region tick the benefits it blocks; everyone else reads which ones it does.
 */
public class BlockedBenefits extends Div {

    private final BlockedBenefitService service;
    private final long bottleneckId;

    public BlockedBenefits(BlockedBenefitService service, long bottleneckId) {
        this.service = service;
        this.bottleneckId = bottleneckId;
        setId("blocked-benefits");
        addClassName("blocked-benefits");
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("mkba.blocked-benefits")));
        boolean mayBlock = service.mayBlock(bottleneckId);
        List<BenefitChoice> choices = service.benefitsFor(bottleneckId).stream()
                .filter(choice -> mayBlock || choice.blocked())
                .toList();
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation(mayBlock ? "mkba.no-benefits-to-block" : "mkba.blocks-nothing")));
            return;
        }
        if (mayBlock) {
            add(new Paragraph(getTranslation("mkba.blocked-benefits-intro")));
        }
        BlockedValue worth = service.blockedValue(bottleneckId);
        if (!worth.none()) {
            Paragraph total = new Paragraph(worth(Translator.of(this), getLocale(), worth));
            total.setId("blocked-value");
            total.addClassName("blocked-value");
            add(total, new Paragraph(getTranslation("mkba.blocked-value-basis")));
        }
        for (BenefitChoice choice : choices) {
            Anchor analysis = AnalysisNavigation.analysis(choice.analysisId())
                    .anchor(choice.analysisTitle() + " (" + choice.regionName() + ")");
            if (mayBlock) {
                Checkbox box = new Checkbox(choice.description(), choice.blocked());
                box.setId("block-" + choice.lineItemId());
                box.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        toggle(choice, change.getValue());
                    }
                });
                add(new HorizontalLayout(box, analysis));
            } else {
                Paragraph line = new Paragraph(choice.description() + " · ");
                line.add(analysis);
                add(line);
            }
        }
    }

    /** "Samen € 12.345 aan baten (contante waarde), 2 baten in 1 analyse". */
    public static String worth(Translator texts, Locale locale, BlockedValue value) {
        return texts.translate(
                "mkba.blocked-value",
                MkbaFormats.euros(value.presentValue(), locale),
                value.benefits(),
                value.analyses());
    }

    /** Whole euros as the analyses show them: € 1.234. */
    public static String euros(BigDecimal amount, Locale locale) {
        return MkbaFormats.euros(amount, locale);
    }

    /** "€ 12.345 in 1 analyse", or a dash when it blocks nothing the reader sees. */
    public static String worthInShort(Translator texts, Locale locale, BlockedValue value) {
        return value.none()
                ? texts.translate("mkba.blocked-value-none")
                : texts.translate(
                        "mkba.blocked-value-short", MkbaFormats.euros(value.presentValue(), locale), value.analyses());
    }

    private void toggle(BenefitChoice choice, boolean blocked) {
        try {
            if (blocked) {
                service.block(bottleneckId, choice.lineItemId());
            } else {
                service.unblock(bottleneckId, choice.lineItemId());
            }
            Notifications.success(getTranslation(blocked ? "mkba.benefit-blocked" : "mkba.benefit-unblocked"));
        } catch (ValidationException invalid) {
            Notifications.error(FormErrors.firstMessage(invalid, this));
        }
        show();
    }
}
