package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.geboortezorg.werkplaats.common.ui.FieldGroup;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.mkba.AmountMode;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.model.Confidence;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * A cost or benefit: who pays or receives it, its amounts (one amount for a run of years, or one
 * per year of the horizon), the adjustments, and the source with how sure it is.
 */
final class LineItemDialog extends FormDialog {

    final RadioButtonGroup<FlowKind> kind = new RadioButtonGroup<>();
    final TextField description = new TextField();
    final Select<StakeholderRow> stakeholder = new Select<>();
    final Select<ValueType> valueType = new Select<>();
    final RadioButtonGroup<AmountMode> mode = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField fromYear = new IntegerField();
    final IntegerField toYear = new IntegerField();
    final BigDecimalField growth = new BigDecimalField();
    final FieldGroup perYear;
    final Map<Integer, BigDecimalField> years = new LinkedHashMap<>();
    final BigDecimalField deadweight = new BigDecimalField();
    final BigDecimalField attribution = new BigDecimalField();
    final BigDecimalField optimismBias = new BigDecimalField();
    final BigDecimalField dropOff = new BigDecimalField();
    final TextArea source;
    final Select<Confidence> confidence = new Select<>();
    private final FormLayout constant;

    private LineItemDialog(String header, AnalysisDetail analysis) {
        super(header);
        setWidth("min(52rem, 96vw)");
        kind.setId("item-kind");
        kind.setLabel(getTranslation("mkba.kind"));
        kind.setItems(FlowKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("flow-kind." + k.name()));
        kind.addValueChangeListener(change -> dropOff.setEnabled(change.getValue() != FlowKind.COST));
        description.setId("item-description");
        description.setLabel(getTranslation("mkba.item-description"));
        description.setMaxLength(LineItemDraft.DESCRIPTION_MAX);
        description.setRequiredIndicatorVisible(true);
        stakeholder.setId("item-stakeholder");
        stakeholder.setLabel(getTranslation("mkba.stakeholder-pays-receives"));
        stakeholder.setItems(analysis.stakeholders());
        stakeholder.setItemLabelGenerator(s -> s.draft().name() + " ("
                + getTranslation("funding-stream." + s.draft().fundingStream().name()) + ")");
        valueType.setId("item-value-type");
        valueType.setLabel(getTranslation("mkba.value-type"));
        valueType.setItems(ValueType.values());
        valueType.setItemLabelGenerator(t -> getTranslation("value-type." + t.name()));
        mode.setId("item-mode");
        mode.setLabel(getTranslation("mkba.amount-mode"));
        mode.setItems(AmountMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("amount-mode." + m.name()));

        amount.setId("item-amount");
        amount.setLabel(getTranslation("mkba.amount-per-year"));
        amount.setPrefixComponent(new Span("€"));
        year(fromYear, "item-from-year", "mkba.from-year", analysis);
        year(toYear, "item-to-year", "mkba.to-year", analysis);
        percent(growth, "item-growth", "mkba.growth", "mkba.growth-help");
        constant = new FormLayout(amount, growth, fromYear, toYear);

        perYear = new FieldGroup("item-per-year", getTranslation("mkba.amounts-per-year"));
        FormLayout yearFields = new FormLayout();
        yearFields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30em", 4));
        for (int year : analysis.model().years()) {
            BigDecimalField field = new BigDecimalField(String.valueOf(year));
            field.setId("item-year-" + year);
            field.setPrefixComponent(new Span("€"));
            years.put(year, field);
            yearFields.add(field);
        }
        perYear.add(yearFields);
        mode.addValueChangeListener(change -> showMode(change.getValue()));

        percent(deadweight, "item-deadweight", "mkba.deadweight", "mkba.deadweight-help");
        percent(attribution, "item-attribution", "mkba.attribution", "mkba.attribution-help");
        percent(optimismBias, "item-optimism-bias", "mkba.optimism-bias", "mkba.optimism-bias-help");
        percent(dropOff, "item-drop-off", "mkba.drop-off", "mkba.drop-off-help");
        source = textArea("item-source", "mkba.source", LineItemDraft.SOURCE_MAX);
        confidence.setId("item-confidence");
        confidence.setLabel(getTranslation("mkba.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> getTranslation("confidence." + c.name()));

        errors.bind("kind", kind)
                .bind("description", description)
                .bind("stakeholder", stakeholder)
                .bind("valueType", valueType)
                .bind("mode", mode)
                .bind("amount", amount)
                .bind("fromYear", fromYear)
                .bind("toYear", toYear)
                .bind("growth", growth)
                .bind("perYear", perYear)
                .bind("deadweight", deadweight)
                .bind("attribution", attribution)
                .bind("optimismBias", optimismBias)
                .bind("dropOff", dropOff)
                .bind("source", source)
                .bind("confidence", confidence);

        FormLayout what = new FormLayout(kind, description, stakeholder, valueType);
        what.setColspan(description, 2);
        FormLayout adjustments = new FormLayout(deadweight, attribution, optimismBias, dropOff);
        FormLayout basis = new FormLayout(source, confidence);
        basis.setColspan(source, 2);
        add(
                what,
                new H4(getTranslation("mkba.amounts")),
                mode,
                constant,
                perYear,
                new H4(getTranslation("mkba.adjustments")),
                adjustments,
                basis);
    }

    private void showMode(@Nullable AmountMode value) {
        constant.setVisible(value != AmountMode.PER_YEAR);
        perYear.setVisible(value == AmountMode.PER_YEAR);
    }

    private void year(IntegerField field, String id, String labelKey, AnalysisDetail analysis) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMin(analysis.heading().baseYear());
        field.setMax(analysis.model().lastYear());
        field.setStepButtonsVisible(true);
    }

    private void percent(BigDecimalField field, String id, String labelKey, String helpKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setSuffixComponent(new Span("%"));
    }

    private void fill(LineItemDraft d, List<StakeholderRow> stakeholders) {
        kind.setValue(d.kind());
        description.setValue(d.description());
        stakeholder.setValue(stakeholders.stream()
                .filter(s -> d.stakeholderId() != null && s.id() == d.stakeholderId())
                .findFirst()
                .orElse(null));
        valueType.setValue(d.valueType());
        mode.setValue(d.mode());
        showMode(d.mode());
        amount.setValue(d.amount());
        fromYear.setValue(d.fromYear());
        toYear.setValue(d.toYear());
        growth.setValue(d.growthPercent());
        d.perYear().forEach((year, value) -> {
            BigDecimalField field = years.get(year);
            if (field != null) {
                field.setValue(value);
            }
        });
        deadweight.setValue(d.deadweight());
        attribution.setValue(d.attribution());
        optimismBias.setValue(d.optimismBias());
        dropOff.setValue(d.dropOff());
        source.setValue(d.source());
        confidence.setValue(d.confidence());
    }

    /** What was typed; years left empty are not part of the amounts per year. */
    LineItemDraft draft() {
        List<Map.Entry<String, ? extends AbstractField<?, ?>>> numbers = new ArrayList<>(List.of(
                Map.entry("amount", amount),
                Map.entry("growth", growth),
                Map.entry("fromYear", fromYear),
                Map.entry("toYear", toYear),
                Map.entry("deadweight", deadweight),
                Map.entry("attribution", attribution),
                Map.entry("optimismBias", optimismBias),
                Map.entry("dropOff", dropOff)));
        if (mode.getValue() == AmountMode.PER_YEAR) {
            years.values().forEach(field -> numbers.add(Map.entry("perYear", field)));
        }
        NumberInputs.requireReadable(numbers);
        TreeMap<Integer, BigDecimal> amounts = new TreeMap<>();
        years.forEach((year, field) -> {
            if (field.getValue() != null) {
                amounts.put(year, field.getValue());
            }
        });
        return new LineItemDraft(
                kind.getValue(),
                description.getValue(),
                stakeholder.getValue() == null ? null : stakeholder.getValue().id(),
                valueType.getValue(),
                mode.getValue(),
                amount.getValue(),
                fromYear.getValue(),
                toYear.getValue(),
                growth.getValue(),
                amounts,
                deadweight.getValue(),
                attribution.getValue(),
                optimismBias.getValue(),
                dropOff.getValue() == null || kind.getValue() == FlowKind.COST ? BigDecimal.ZERO : dropOff.getValue(),
                source.getValue(),
                confidence.getValue());
    }

    /** A new item: a constant amount over the whole horizon, without adjustments, of medium confidence. */
    static LineItemDialog add(
            AnalysisPartsService service, AnalysisDetail analysis, FlowKind kind, Runnable afterSave) {
        LineItemDialog dialog = new LineItemDialog(
                UI.getCurrent().getTranslation(kind == FlowKind.COST ? "mkba.add-cost" : "mkba.add-benefit"), analysis);
        Long first = analysis.stakeholders().isEmpty()
                ? null
                : analysis.stakeholders().getFirst().id();
        LineItemDraft start = new LineItemDraft(
                kind,
                "",
                first,
                ValueType.FISCAL_CASHABLE,
                AmountMode.CONSTANT,
                null,
                analysis.heading().baseYear(),
                analysis.model().lastYear(),
                BigDecimal.ZERO,
                new TreeMap<>(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "",
                Confidence.MEDIUM);
        dialog.fill(start, analysis.stakeholders());
        dialog.onSave("save-item", () -> service.addItem(analysis.id(), dialog.draft()), "mkba.saved", afterSave);
        dialog.keepDraft(
                DraftKey.forItem(kind == FlowKind.COST ? DraftForm.NEW_COST : DraftForm.NEW_BENEFIT, analysis.id()));
        return dialog;
    }

    static LineItemDialog edit(
            AnalysisPartsService service, AnalysisDetail analysis, LineItemRow row, Runnable afterSave) {
        LineItemDialog dialog = new LineItemDialog(UI.getCurrent().getTranslation("mkba.edit-item"), analysis);
        dialog.fill(row.draft(), analysis.stakeholders());
        dialog.onSave(
                "save-item",
                () -> service.updateItem(analysis.id(), row.id(), row.version(), dialog.draft()),
                "mkba.saved",
                afterSave);
        dialog.keepDraft(DraftKey.forItem(DraftForm.LINE_ITEM, row.id()));
        return dialog;
    }

    /** Keeps the description and source typed as the writer's draft; the numbers are not free text. */
    private void keepDraft(DraftKey key) {
        DraftKeeper.keep(this, key, Map.of("description", description, "source", source));
    }
}
