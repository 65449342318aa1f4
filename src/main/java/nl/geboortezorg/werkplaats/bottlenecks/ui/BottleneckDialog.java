package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormDialog;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import org.jspecify.annotations.Nullable;

/** Raises a bottleneck in a region, or changes what was raised. */
final class BottleneckDialog extends FormDialog {

    private static final int SESSION_CHOICES = 30;

    private final WorkSessionService sessions;
    final Select<RegionChoice> region = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<BottleneckCategory> category = new Select<>();
    final CheckboxGroup<OrganisationType> organisationTypes = new CheckboxGroup<>();
    final CheckboxGroup<Addressee> addressees = new CheckboxGroup<>();
    final ComboBox<WorkSessionSummary> session = new ComboBox<>();

    private BottleneckDialog(String header, WorkSessionService sessions) {
        super(header);
        this.sessions = sessions;
        region.setLabel(getTranslation("bottleneck.region"));
        region.setId("bottleneck-region");
        region.setItemLabelGenerator(RegionChoice::name);
        region.addValueChangeListener(change -> loadSessions());
        title.setLabel(getTranslation("bottleneck.title"));
        title.setId("bottleneck-title-field");
        title.setMaxLength(BottleneckDraft.TITLE_MAX);
        title.setHelperText(getTranslation("validation.max-length-hint", BottleneckDraft.TITLE_MAX));
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("bottleneck.description"));
        description.setId("bottleneck-description");
        description.setMaxLength(BottleneckDraft.DESCRIPTION_MAX);
        description.setHelperText(getTranslation("bottleneck.description-hint"));
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("8rem");
        category.setLabel(getTranslation("bottleneck.category"));
        category.setId("bottleneck-category");
        category.setItems(BottleneckCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("bottleneck-category." + c.name()));
        category.setRequiredIndicatorVisible(true);
        organisationTypes.setLabel(getTranslation("bottleneck.organisation-types"));
        organisationTypes.setId("bottleneck-organisation-types");
        organisationTypes.setItems(OrganisationType.values());
        organisationTypes.setItemLabelGenerator(t -> getTranslation("organisation-type." + t.name()));
        addressees.setLabel(getTranslation("bottleneck.addressees"));
        addressees.setId("bottleneck-addressees");
        addressees.setItems(Addressee.values());
        addressees.setItemLabelGenerator(a -> getTranslation("addressee." + a.name()));
        session.setLabel(getTranslation("bottleneck.session"));
        session.setId("bottleneck-session");
        session.setClearButtonVisible(true);
        session.setItemLabelGenerator(s -> DutchFormats.date(s.startsAt()) + " · " + s.title());
        errors.bind("title", title)
                .bind("description", description)
                .bind("category", category)
                .bind("sessionId", session);
        FormLayout form = new FormLayout(region, category, title, description, organisationTypes, addressees, session);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(session, 2);
        add(form);
    }

    /** Raises a bottleneck in one of the regions the user may write in; opens its page once saved. */
    static BottleneckDialog raise(
            BottleneckService bottlenecks,
            WorkSessionService sessions,
            List<RegionChoice> regions,
            @Nullable Long preferredRegionId) {
        BottleneckDialog dialog = raiseWithout(bottlenecks, sessions, regions, preferredRegionId);
        dialog.keepDraft(DraftKey.forNew(DraftForm.BOTTLENECK));
        return dialog;
    }

    /** The dialog to raise a bottleneck, without its draft yet. */
    private static BottleneckDialog raiseWithout(
            BottleneckService bottlenecks,
            WorkSessionService sessions,
            List<RegionChoice> regions,
            @Nullable Long preferredRegionId) {
        BottleneckDialog dialog = new BottleneckDialog("", sessions);
        dialog.setHeaderTitle(dialog.getTranslation("bottleneck.raise"));
        dialog.region.setItems(regions);
        dialog.region.setValue(regions.stream()
                .filter(r -> Objects.equals(r.id(), preferredRegionId))
                .findFirst()
                .orElse(regions.size() == 1 ? regions.getFirst() : null));
        dialog.region.setRequiredIndicatorVisible(true);
        dialog.errors.bind("regionId", dialog.region);
        Bottleneck[] raised = new Bottleneck[1];
        dialog.onSave(
                "save-bottleneck",
                () -> {
                    if (dialog.region.getValue() == null) {
                        throw new ValidationException(FieldProblem.of("regionId", "validation.required"));
                    }
                    raised[0] = bottlenecks.raise(dialog.region.getValue().id(), dialog.draft());
                },
                "bottleneck.raised-message",
                () -> BottleneckNavigation.bottleneck(raised[0].id()).navigate(UI.getCurrent()));
        return dialog;
    }

    /**
     * Raises a bottleneck that came up in a session: its region and the session chosen, and, from
     * an agenda item's notes, the item's title and notes as the first text. What is typed is kept
     * as a draft of that session or agenda item.
     */
    static BottleneckDialog raiseInSession(
            BottleneckService bottlenecks,
            WorkSessionService sessions,
            List<RegionChoice> regions,
            WorkSession in,
            DraftKey draftKey,
            String title,
            String description) {
        BottleneckDialog dialog = raiseWithout(bottlenecks, sessions, regions, in.regionId());
        WorkSessionSummary summary = new WorkSessionSummary(
                in.id(), in.regionId(), in.regionName(), in.title(), in.startsAt(), in.endsAt(), in.state());
        List<WorkSessionSummary> choices =
                new ArrayList<>(dialog.session.getListDataView().getItems().toList());
        WorkSessionSummary chosen = choices.stream()
                .filter(s -> s.id() == in.id())
                .findFirst()
                .orElseGet(() -> {
                    choices.add(summary);
                    dialog.session.setItems(choices);
                    return summary;
                });
        dialog.session.setValue(chosen);
        dialog.title.setValue(cut(title, BottleneckDraft.TITLE_MAX));
        dialog.description.setValue(cut(description, BottleneckDraft.DESCRIPTION_MAX));
        dialog.keepDraft(draftKey);
        return dialog;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** Changes what was raised; the region stays. */
    static BottleneckDialog edit(
            BottleneckService bottlenecks, WorkSessionService sessions, Bottleneck bottleneck, Runnable saved) {
        BottleneckDialog dialog = new BottleneckDialog("", sessions);
        dialog.setHeaderTitle(dialog.getTranslation("bottleneck.edit"));
        RegionChoice own = new RegionChoice(bottleneck.regionId(), bottleneck.regionCode(), bottleneck.regionName());
        dialog.region.setItems(own);
        dialog.region.setValue(own);
        dialog.region.setReadOnly(true);
        dialog.title.setValue(bottleneck.title());
        dialog.description.setValue(bottleneck.description());
        dialog.category.setValue(bottleneck.category());
        dialog.organisationTypes.setValue(bottleneck.organisationTypes());
        dialog.addressees.setValue(bottleneck.addressees());
        if (bottleneck.session() != null) {
            // An older session than the choices reach stays linked unless the user picks another.
            Bottleneck.SessionLink linked = bottleneck.session();
            List<WorkSessionSummary> choices =
                    new ArrayList<>(dialog.session.getListDataView().getItems().toList());
            WorkSessionSummary current = choices.stream()
                    .filter(s -> s.id() == linked.id())
                    .findFirst()
                    .orElseGet(() -> {
                        WorkSessionSummary older = new WorkSessionSummary(
                                linked.id(),
                                bottleneck.regionId(),
                                null,
                                linked.title(),
                                linked.startsAt(),
                                linked.startsAt(),
                                SessionState.CLOSED);
                        choices.add(older);
                        dialog.session.setItems(choices);
                        return older;
                    });
            dialog.session.setValue(current);
        }
        dialog.onSave(
                "save-bottleneck",
                () -> bottlenecks.update(bottleneck.id(), bottleneck.version(), dialog.draft()),
                "bottleneck.saved",
                saved);
        dialog.keepDraft(DraftKey.forItem(DraftForm.BOTTLENECK, bottleneck.id()));
        return dialog;
    }

    /** Keeps the title and description typed as the writer's draft of this form. */
    private void keepDraft(DraftKey key) {
        DraftKeeper.keep(this, key, Map.of("title", title, "description", description));
    }

    private BottleneckDraft draft() {
        return new BottleneckDraft(
                title.getValue(),
                description.getValue(),
                category.getValue(),
                organisationTypes.getValue(),
                addressees.getValue(),
                session.getValue() == null ? null : session.getValue().id());
    }

    /** The region's sessions and the national ones, latest first, to pick where it came up. */
    private void loadSessions() {
        WorkSessionSummary chosen = session.getValue();
        List<WorkSessionSummary> choices = new ArrayList<>();
        if (region.getValue() != null) {
            choices.addAll(sessions.findForRegion(region.getValue().id(), SessionPeriod.PAST, SESSION_CHOICES));
            choices.addAll(sessions.findForRegion(region.getValue().id(), SessionPeriod.UPCOMING, SESSION_CHOICES));
        }
        session.setItems(choices);
        session.setValue(choices.contains(chosen) ? chosen : null);
    }
}
