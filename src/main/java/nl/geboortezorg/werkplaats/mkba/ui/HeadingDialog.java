package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDraft;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.model.Limits;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/** The heading of an analysis: what it is about, its years, its discount rate and who may read it. */
final class HeadingDialog extends FormDialog {

    final Select<RegionChoice> region = new Select<>();
    final TextField title = new TextField();
    final TextArea description;
    final IntegerField baseYear = new IntegerField();
    final IntegerField horizonYears = new IntegerField();
    final IntegerField priceLevelYear = new IntegerField();
    final BigDecimalField discountRate = new BigDecimalField();
    final BigDecimalField customRate = new BigDecimalField();
    final BigDecimalField variation = new BigDecimalField();
    final Select<PublicationLevel> level = new Select<>();

    private HeadingDialog(String header) {
        super(header);
        description = textArea("mkba-description", "mkba.description", AnalysisDraft.DESCRIPTION_MAX);
        title.setLabel(getTranslation("mkba.title"));
        title.setId("mkba-title");
        title.setMaxLength(AnalysisDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        region.setLabel(getTranslation("mkba.region"));
        region.setId("mkba-region");
        region.setItemLabelGenerator(RegionChoice::name);
        integer(baseYear, "mkba-base-year", "mkba.base-year", "mkba.base-year-help");
        integer(horizonYears, "mkba-horizon", "mkba.horizon", "mkba.horizon-help");
        horizonYears.setMin(Limits.MIN_HORIZON);
        horizonYears.setMax(Limits.MAX_HORIZON);
        horizonYears.setStepButtonsVisible(true);
        integer(priceLevelYear, "mkba-price-level", "mkba.price-level-year", "mkba.price-level-year-help");
        percent(discountRate, "mkba-rate", "mkba.discount-rate", "mkba.discount-rate-help");
        percent(customRate, "mkba-custom-rate", "mkba.custom-rate", "mkba.custom-rate-help");
        percent(variation, "mkba-variation", "mkba.variation", "mkba.variation-help");
        level.setLabel(getTranslation("publication-level.label"));
        level.setId("mkba-level");
        level.setItems(PublicationLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("publication-level." + l.name() + ".long"));
        errors.bind("title", title)
                .bind("description", description)
                .bind("baseYear", baseYear)
                .bind("horizonYears", horizonYears)
                .bind("priceLevelYear", priceLevelYear)
                .bind("discountRate", discountRate)
                .bind("customRate", customRate)
                .bind("variationPercent", variation)
                .bind("level", level);
        FormLayout form = new FormLayout(
                region,
                title,
                description,
                baseYear,
                horizonYears,
                priceLevelYear,
                discountRate,
                customRate,
                variation,
                level);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(level, 2);
        add(form);
    }

    private void integer(IntegerField field, String id, String labelKey, String helpKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setRequiredIndicatorVisible(true);
    }

    private void percent(BigDecimalField field, String id, String labelKey, String helpKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setSuffixComponent(new Span("%"));
    }

    private void fill(AnalysisDraft draft) {
        title.setValue(draft.title());
        description.setValue(draft.description() == null ? "" : draft.description());
        baseYear.setValue(draft.baseYear());
        horizonYears.setValue(draft.horizonYears());
        priceLevelYear.setValue(draft.priceLevelYear());
        discountRate.setValue(draft.discountRate());
        customRate.setValue(draft.customRate());
        variation.setValue(draft.variationPercent());
        level.setValue(draft.level());
    }

    AnalysisDraft draft() {
        NumberInputs.requireReadable(List.of(
                Map.entry("baseYear", baseYear),
                Map.entry("horizonYears", horizonYears),
                Map.entry("priceLevelYear", priceLevelYear),
                Map.entry("discountRate", discountRate),
                Map.entry("customRate", customRate),
                Map.entry("variationPercent", variation)));
        return new AnalysisDraft(
                title.getValue(),
                description.getValue(),
                baseYear.getValue(),
                horizonYears.getValue(),
                priceLevelYear.getValue(),
                discountRate.getValue(),
                customRate.getValue(),
                variation.getValue(),
                level.getValue());
    }

    /** A new analysis in one of the regions the user writes in; opens it once saved. */
    static HeadingDialog create(
            AnalysisLifecycleService service, List<RegionChoice> regions, @Nullable Long preferredRegion) {
        HeadingDialog dialog = new HeadingDialog(dialogTitle("mkba.new"));
        dialog.region.setItems(regions);
        dialog.region.setValue(regions.stream()
                .filter(r -> preferredRegion != null && r.id() == preferredRegion)
                .findFirst()
                .orElse(regions.getFirst()));
        dialog.region.setVisible(regions.size() > 1);
        dialog.fill(AnalysisDraft.startingIn(LocalDate.now().getYear()));
        long[] created = new long[1];
        dialog.onSave(
                "save-mkba",
                () -> created[0] = service.create(dialog.region.getValue().id(), dialog.draft()),
                "mkba.created",
                () -> AnalysisNavigation.analysis(created[0]).navigate(UI.getCurrent()));
        dialog.keepDraft(DraftKey.forNew(DraftForm.ANALYSIS));
        return dialog;
    }

    static HeadingDialog edit(AnalysisLifecycleService service, AnalysisDetail detail, Runnable afterSave) {
        HeadingDialog dialog = new HeadingDialog(dialogTitle("mkba.edit-heading"));
        dialog.region.setVisible(false);
        dialog.fill(detail.heading());
        dialog.onSave(
                "save-mkba",
                () -> service.updateHeading(detail.id(), detail.version(), dialog.draft()),
                "mkba.saved",
                afterSave);
        dialog.keepDraft(DraftKey.forItem(DraftForm.ANALYSIS, detail.id()));
        return dialog;
    }

    /** Keeps the title and description typed as the writer's draft; the numbers are not free text. */
    private void keepDraft(DraftKey key) {
        DraftKeeper.keep(this, key, Map.of("title", title, "description", description));
    }

    private static String dialogTitle(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
