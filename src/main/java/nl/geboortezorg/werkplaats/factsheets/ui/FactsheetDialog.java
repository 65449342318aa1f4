package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDraft;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSection;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import org.jspecify.annotations.Nullable;

/**
 * Writes a factsheet: a new one in a region, or the draft being worked on. Saving keeps a
 * half-written draft; "save and submit" also asks for every required section and names the ones
 * still empty at their fields.
 */
final class FactsheetDialog extends FormDialog {

    private final FactsheetService factsheets;
    final Select<RegionChoice> region = new Select<>();
    final TextField title = new TextField();
    final RadioButtonGroup<PublicationLevel> level = new RadioButtonGroup<>();
    final Map<FactsheetSection, TextArea> sections = new EnumMap<>(FactsheetSection.class);
    final MultiSelectComboBox<Partner> partners = new MultiSelectComboBox<>();
    final KeyFigureEditor keyFigures;
    private @Nullable FactsheetVersion saved;

    private FactsheetDialog(FactsheetService factsheets) {
        super("");
        this.factsheets = factsheets;
        this.keyFigures = new KeyFigureEditor(getTranslation("factsheet.key-figures"));
        setWidth("min(64rem, 96vw)");
        region.setLabel(getTranslation("factsheet.region"));
        region.setId("factsheet-region");
        region.setItemLabelGenerator(RegionChoice::name);
        region.addValueChangeListener(change -> loadPartners(change.getValue()));
        title.setLabel(getTranslation("factsheet.title"));
        title.setId("factsheet-title-field");
        title.setMaxLength(FactsheetDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        level.setLabel(getTranslation("publication-level.label"));
        level.setId("factsheet-level");
        level.setItems(PublicationLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("publication-level." + l.name() + ".long"));
        level.setValue(PublicationLevel.REGION);
        partners.setLabel(getTranslation("factsheet-section.PARTNERS"));
        partners.setId("factsheet-partners");
        partners.setItemLabelGenerator(p ->
                p.name() + " (" + getTranslation("organisation-type." + p.type().name()) + ")");
        partners.setRequiredIndicatorVisible(true);
        partners.setHelperText(getTranslation("factsheet.partners-hint"));
        errors.bind("title", title)
                .bind("level", level)
                .bind("partners", partners)
                .bind("keyFigures", keyFigures)
                .bind("regionId", region);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.add(region, title, level);
        form.setColspan(title, 2);
        form.setColspan(level, 2);
        for (FactsheetSection section : FactsheetSection.values()) {
            if (section == FactsheetSection.PARTNERS) {
                form.add(partners);
                form.setColspan(partners, 2);
                continue;
            }
            TextArea area = textArea(
                    "factsheet-" + section.field(), FactsheetContent.sectionKey(section), FactsheetDraft.SECTION_MAX);
            area.setHelperText(getTranslation("factsheet-hint." + section.name()));
            area.setRequiredIndicatorVisible(section.required());
            area.setMinHeight("6rem");
            sections.put(section, area);
            errors.bind(section.field(), area);
            form.add(area);
            form.setColspan(area, 2);
            if (section == FactsheetSection.RESULTS) {
                form.add(keyFigures);
                form.setColspan(keyFigures, 2);
            }
        }
        add(form);
    }

    /** A new factsheet in one of the regions the user writes in; opens its page once saved. */
    static FactsheetDialog create(
            FactsheetService factsheets, List<RegionChoice> regions, @Nullable Long preferredRegionId) {
        FactsheetDialog dialog = new FactsheetDialog(factsheets);
        dialog.setHeaderTitle(dialog.getTranslation("factsheet.new"));
        dialog.region.setItems(regions);
        dialog.region.setRequiredIndicatorVisible(true);
        dialog.region.setValue(regions.stream()
                .filter(r -> Objects.equals(r.id(), preferredRegionId))
                .findFirst()
                .orElse(regions.size() == 1 ? regions.getFirst() : null));
        Runnable open = () -> FactsheetNavigation.factsheet(
                        Objects.requireNonNull(dialog.saved, "runs once saved").factsheetId())
                .navigate(UI.getCurrent());
        dialog.actions(open);
        dialog.keepDraft(DraftKey.forNew(DraftForm.FACTSHEET));
        return dialog;
    }

    /** The draft (or returned version) being worked on. */
    static FactsheetDialog edit(FactsheetService factsheets, FactsheetVersion version, Runnable done) {
        FactsheetDialog dialog = new FactsheetDialog(factsheets);
        dialog.setHeaderTitle(dialog.getTranslation("factsheet.edit", version.number()));
        dialog.saved = version;
        RegionChoice own = new RegionChoice(version.regionId(), version.regionCode(), version.regionName());
        dialog.region.setItems(own);
        dialog.region.setValue(own);
        dialog.region.setReadOnly(true);
        dialog.title.setValue(version.title());
        dialog.level.setValue(version.level());
        dialog.sections.forEach((section, area) ->
                area.setValue(Objects.requireNonNullElse(version.content().text(section), "")));
        // A partner that left the region stays named in the version but can no longer be picked.
        dialog.partners.setValue(new HashSet<>(dialog.partners
                .getListDataView()
                .getItems()
                .filter(p -> version.content().partnerIds().contains(p.organisationId()))
                .toList()));
        dialog.keyFigures.setValue(version.keyFigures());
        dialog.actions(done);
        dialog.keepDraft(DraftKey.forItem(DraftForm.FACTSHEET, version.factsheetId()));
        return dialog;
    }

    /** Keeps the title and every text section typed as the writer's draft of this factsheet. */
    private void keepDraft(DraftKey key) {
        Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
        fields.put("title", title);
        sections.forEach((section, area) -> fields.put(section.field(), area));
        DraftKeeper.keep(this, key, fields);
    }

    /**
     * Save, and save and submit. The first save of a new factsheet creates it; every later one
     * (also after a submission that named empty sections) saves the same draft.
     */
    private void actions(Runnable done) {
        onSave("save-factsheet", this::persist, "factsheet.saved", done);
        secondaryAction(
                "save-and-submit-factsheet",
                "factsheet.save-and-submit",
                () -> {
                    FactsheetVersion draft = persist();
                    saved = factsheets.submit(draft.id(), draft.version());
                },
                "factsheet.submitted",
                done);
    }

    private FactsheetVersion persist() {
        saved = saved == null
                ? factsheets.create(regionId(), draft())
                : factsheets.save(saved.id(), saved.version(), draft());
        return saved;
    }

    /** Shows problems found outside the dialog (submitting from the page) at the fields. */
    void show(ValidationException problems) {
        errors.show(problems, this);
    }

    private long regionId() {
        if (region.getValue() == null) {
            throw new ValidationException(FieldProblem.of("regionId", "validation.required"));
        }
        return region.getValue().id();
    }

    private void loadPartners(RegionChoice chosen) {
        partners.setItems(chosen == null ? List.of() : factsheets.partnerChoices(chosen.id()));
    }

    FactsheetDraft draft() {
        return new FactsheetDraft(
                title.getValue(),
                level.getValue(),
                section(FactsheetSection.CONTEXT),
                section(FactsheetSection.TARGET_GROUP),
                section(FactsheetSection.APPROACH),
                partners.getValue().stream().map(Partner::organisationId).toList(),
                section(FactsheetSection.RESULTS),
                keyFigures.getValue(),
                section(FactsheetSection.LESSONS),
                section(FactsheetSection.FINANCING),
                section(FactsheetSection.CONTACT));
    }

    private String section(FactsheetSection section) {
        return Objects.requireNonNull(sections.get(section), "the dialog has a field per text section")
                .getValue();
    }
}
