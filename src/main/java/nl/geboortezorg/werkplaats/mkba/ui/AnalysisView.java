package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.EffectRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.ScenarioRef;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.StakeholderRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisLifecycleService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.AnalysisState;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.Sensitivity;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
import nl.geboortezorg.werkplaats.notifications.ui.FollowButton;
import org.jspecify.annotations.Nullable;

/**
 * One analysis: its results first (key figures and verdict, who pays and who benefits, charts),
 * then what they rest on (stakeholders, costs and benefits, unpriced effects, bottlenecks that
 * block benefits), the sensitivity and the yearly flows. Writers of the region change a draft here.
 */
@Route("mkba/:id")
@PermitAll
class AnalysisView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final CostBenefitService service;
    private final AnalysisLifecycleService lifecycle;
    private final AnalysisPartsService parts;
    private final TranslationProvider translations;
    private long id;
    private final NotificationService notifications;
    private final Destinations destinations;

    @Nullable AnalysisDetail detail;

    AnalysisView(
            CostBenefitService service,
            AnalysisLifecycleService lifecycle,
            AnalysisPartsService parts,
            TranslationProvider translations,
            NotificationService notifications,
            Destinations destinations) {
        this.notifications = notifications;
        this.destinations = destinations;
        this.service = service;
        this.lifecycle = lifecycle;
        this.parts = parts;
        this.translations = translations;
        addClassName("mkba-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(ID).orElse(-1L);
        detail = service.detail(id).orElse(null);
        if (detail == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    void reload() {
        detail = service.detail(id).orElse(null);
        if (detail == null) {
            removeAll();
            add(new Paragraph(getTranslation("mkba.gone")));
            return;
        }
        show();
    }

    /** The analysis shown; the parts of the page that read it are only built once it is loaded. */
    private AnalysisDetail loaded() {
        return Objects.requireNonNull(detail, "read only once loaded");
    }

    private void show() {
        AnalysisDetail detail = loaded();
        removeAll();
        AnalysisResults results = new AnalysisResults(this);
        Results calculated = detail.results();
        Sensitivity sensitivity = detail.sensitivity();
        H2 title = new H2(detail.title());
        title.setId("mkba-heading");
        add(title);
        if (detail.scenarioOfId() != null) {
            Paragraph of = new Paragraph(getTranslation("mkba.scenario-of") + " ");
            of.add(AnalysisNavigation.analysis(detail.scenarioOfId())
                    .anchor(Objects.requireNonNull(detail.scenarioOfTitle(), "set with its id")));
            of.setId("mkba-scenario-of");
            add(of);
        }
        Paragraph meta = new Paragraph(results.inputsLine(detail) + " · "
                + getTranslation("mkba.saved-by", detail.savedBy(), DutchFormats.dateTime(detail.savedAt())));
        meta.setId("mkba-meta");
        add(badges(), meta);
        if (!detail.heading().description().isBlank()) {
            add(new Paragraph(detail.heading().description()));
        }
        add(
                actions(),
                results.keyFigures(calculated, "mkba"),
                results.whoPays(calculated),
                results.charts(calculated, sensitivity),
                stakeholders(),
                items(calculated),
                effects(),
                blockers(),
                new Div(new H3(getTranslation("mkba.sensitivity")), results.sensitivity(sensitivity)),
                results.yearly(calculated));
    }

    private Component badges() {
        AnalysisDetail detail = loaded();
        Span state = new Span(getTranslation("analysis-state." + detail.state().name()));
        state.getElement().getThemeList().add("badge");
        state.getElement().getThemeList().add(detail.state() == AnalysisState.PUBLISHED ? "success" : "contrast");
        state.setId("mkba-state");
        Span level =
                new Span(getTranslation("publication-level." + detail.level().name()));
        level.getElement().getThemeList().add("badge");
        level.setId("mkba-level-badge");
        return new HorizontalLayout(state, level);
    }

    private Component actions() {
        AnalysisDetail detail = loaded();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("mkba-actions");
        actions.setWrap(true);
        if (detail.editable()) {
            actions.add(button(
                    "edit-mkba",
                    "mkba.edit-heading",
                    VaadinIcon.EDIT,
                    () -> HeadingDialog.edit(lifecycle, detail, this::reload).open()));
            Button publish = button("publish-mkba", "mkba.publish", VaadinIcon.CHECK, this::confirmPublish);
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        if (detail.mayWrite() && detail.state() == AnalysisState.PUBLISHED) {
            actions.add(button(
                    "withdraw-mkba",
                    "mkba.withdraw",
                    VaadinIcon.ARROW_BACKWARD,
                    () -> step(() -> lifecycle.withdraw(id, detail.version()), "mkba.withdrawn")));
        }
        if (detail.mayWrite()) {
            actions.add(button(
                    "scenario-mkba",
                    "mkba.new-scenario",
                    VaadinIcon.COPY,
                    () -> new ScenarioDialog(lifecycle, detail).open()));
        }
        if (detail.scenarios().size() > 1) {
            Select<ScenarioRef> other = new Select<>();
            other.setId("mkba-compare-with");
            other.setLabel(getTranslation("mkba.compare-with"));
            other.setItems(detail.scenarios().stream().filter(s -> s.id() != id).toList());
            other.setItemLabelGenerator(ScenarioRef::title);
            other.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(
                            ScenarioCompareView.class,
                            ScenarioCompareView.parameters(id, change.getValue().id())));
                }
            });
            actions.add(other);
        }
        actions.add(
                AnalysisDownloads.pdf(translations, this, getLocale(), detail),
                AnalysisDownloads.xlsx(translations, this, getLocale(), detail),
                new FollowButton(notifications, ItemType.ANALYSIS, id));
        if (detail.editable() && !detail.stakeholders().isEmpty()) {
            actions.add(button(
                    "import-mkba",
                    "mkba.import",
                    VaadinIcon.UPLOAD,
                    () -> new ImportDialog(parts, detail, translations, this::reload).open()));
        }
        if (detail.editable()) {
            Button delete = button("delete-mkba", "mkba.delete", VaadinIcon.TRASH, this::confirmDelete);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private Button button(String buttonId, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.setId(buttonId);
        return button;
    }

    /** A workflow step or removal: its refusal in words, a stale version offered to reload. */
    private void step(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            reload();
        } catch (ValidationException invalid) {
            Notifications.error(FormErrors.firstMessage(invalid, this));
            reload();
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(this, this::reload);
        }
    }

    private void confirmPublish() {
        AnalysisDetail detail = loaded();
        ConfirmDialog confirm = confirm(
                "mkba.publish-confirm-title",
                getTranslation(
                        "mkba.publish-confirm",
                        getTranslation("publication-level." + detail.level().name() + ".long")),
                "mkba.publish");
        confirm.addConfirmListener(event -> step(() -> lifecycle.publish(id, detail.version()), "mkba.published"));
        confirm.open();
    }

    private void confirmDelete() {
        AnalysisDetail detail = loaded();
        ConfirmDialog confirm = confirm(
                "mkba.delete-confirm-title", getTranslation("mkba.delete-confirm", detail.title()), "mkba.delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                lifecycle.delete(id, detail.version());
                Notifications.success(getTranslation("mkba.deleted"));
                getUI().ifPresent(ui -> ui.navigate(AnalysisListView.class));
            } catch (ValidationException invalid) {
                Notifications.error(FormErrors.firstMessage(invalid, this));
            } catch (ConcurrentEditException stale) {
                ConcurrentEditDialog.open(this, this::reload);
            }
        });
        confirm.open();
    }

    private ConfirmDialog confirm(String headerKey, String text, String confirmKey) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(headerKey));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(confirmKey));
        return confirm;
    }

    // ---- inputs

    private Component stakeholders() {
        AnalysisDetail detail = loaded();
        Grid<StakeholderRow> grid = new Grid<>();
        grid.setId("mkba-stakeholders");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("mkba.no-stakeholders"));
        grid.addColumn(s -> s.draft().name())
                .setHeader(getTranslation("mkba.stakeholder"))
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation(
                        "funding-stream." + s.draft().fundingStream().name()))
                .setHeader(getTranslation("mkba.funding-stream"))
                .setFlexGrow(2);
        if (detail.editable()) {
            grid.addComponentColumn(s -> rowActions(
                            "stakeholder-" + s.id(),
                            () -> StakeholderDialog.edit(parts, id, s, this::reload)
                                    .open(),
                            () -> step(() -> parts.removeStakeholder(id, s.id(), s.version()), "mkba.removed")))
                    .setKey("actions")
                    .setFlexGrow(1);
        }
        grid.setItems(detail.stakeholders());
        Div section = new Div(new H3(getTranslation("mkba.stakeholders")), grid);
        if (detail.editable()) {
            section.add(button(
                    "add-stakeholder",
                    "mkba.add-stakeholder",
                    VaadinIcon.PLUS,
                    () -> StakeholderDialog.add(parts, id, this::reload).open()));
        }
        return section;
    }

    private Component items(Results results) {
        AnalysisDetail detail = loaded();
        Grid<LineItemRow> grid = new Grid<>();
        grid.setId("mkba-items");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("mkba.no-items"));
        grid.addColumn(r -> getTranslation("flow-kind."
                        + Objects.requireNonNull(r.draft().kind(), "stored").name()))
                .setHeader(getTranslation("mkba.kind"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.draft().description())
                .setHeader(getTranslation("mkba.item"))
                .setFlexGrow(3);
        grid.addColumn(r -> detail.stakeholderName(r.draft().stakeholderId()))
                .setHeader(getTranslation("mkba.stakeholder"))
                .setFlexGrow(2);
        Translator texts = Translator.of(this);
        grid.addColumn(r -> ItemTexts.amounts(r.draft(), texts, getLocale()))
                .setHeader(getTranslation("mkba.amounts"))
                .setFlexGrow(3);
        grid.addColumn(r -> ItemTexts.adjustments(r.draft(), texts, getLocale()))
                .setHeader(getTranslation("mkba.adjustments"))
                .setFlexGrow(2);
        grid.addColumn(r ->
                        getTranslation("confidence." + r.draft().confidence().name()))
                .setHeader(getTranslation("mkba.confidence"))
                .setFlexGrow(1);
        grid.addColumn(r -> MkbaFormats.euros(results.item(r.id()).presentValue(), getLocale()))
                .setHeader(getTranslation("mkba.present-value"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(r -> detail.blockersOf(r.id()).stream()
                        .map(AnalysisDetail.Blocker::bottleneckTitle)
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("mkba.blocked-by"))
                .setFlexGrow(2);
        if (detail.editable()) {
            grid.addComponentColumn(r -> rowActions(
                            "item-" + r.id(),
                            () -> LineItemDialog.edit(parts, detail, r, this::reload)
                                    .open(),
                            () -> step(() -> parts.removeItem(id, r.id(), r.version()), "mkba.removed")))
                    .setKey("actions")
                    .setFlexGrow(1);
        }
        grid.setItems(detail.items());
        Div section = new Div(new H3(getTranslation("mkba.items")), grid);
        if (detail.editable()) {
            if (detail.stakeholders().isEmpty()) {
                section.add(new Paragraph(getTranslation("mkba.stakeholders-first")));
            } else {
                section.add(new HorizontalLayout(
                        button(
                                "add-cost",
                                "mkba.add-cost",
                                VaadinIcon.MINUS_CIRCLE_O,
                                () -> LineItemDialog.add(parts, detail, FlowKind.COST, this::reload)
                                        .open()),
                        button(
                                "add-benefit",
                                "mkba.add-benefit",
                                VaadinIcon.PLUS_CIRCLE_O,
                                () -> LineItemDialog.add(parts, detail, FlowKind.BENEFIT, this::reload)
                                        .open())));
            }
        }
        return section;
    }

    private Component effects() {
        AnalysisDetail detail = loaded();
        Grid<EffectRow> grid = new Grid<>();
        grid.setId("mkba-effects");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("mkba.no-effects"));
        grid.addColumn(e -> e.draft().description())
                .setHeader(getTranslation("mkba.effect"))
                .setFlexGrow(3);
        grid.addColumn(e -> detail.stakeholderName(e.draft().stakeholderId()))
                .setHeader(getTranslation("mkba.stakeholder"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.draft().direction().symbol() + " "
                        + getTranslation(
                                "effect-direction." + e.draft().direction().name()))
                .setHeader(getTranslation("mkba.direction"))
                .setFlexGrow(1);
        if (detail.editable()) {
            grid.addComponentColumn(e -> rowActions(
                            "effect-" + e.id(),
                            () -> EffectDialog.edit(parts, id, detail.stakeholders(), e, this::reload)
                                    .open(),
                            () -> step(() -> parts.removeEffect(id, e.id(), e.version()), "mkba.removed")))
                    .setKey("actions")
                    .setFlexGrow(1);
        }
        grid.setItems(detail.effects());
        Div section = new Div(
                new H3(getTranslation("mkba.effects")), new Paragraph(getTranslation("mkba.effects-intro")), grid);
        if (detail.editable() && !detail.stakeholders().isEmpty()) {
            section.add(button(
                    "add-effect",
                    "mkba.add-effect",
                    VaadinIcon.PLUS,
                    () -> EffectDialog.add(parts, id, detail.stakeholders(), this::reload)
                            .open()));
        }
        return section;
    }

    private Component blockers() {
        AnalysisDetail detail = loaded();
        Div section = new Div(new H3(getTranslation("mkba.blockers")));
        section.setId("mkba-blockers");
        if (detail.blockers().isEmpty()) {
            section.add(new Paragraph(getTranslation("mkba.no-blockers")));
            return section;
        }
        detail.blockers().stream()
                .collect(Collectors.groupingBy(
                        AnalysisDetail.Blocker::bottleneckId, java.util.LinkedHashMap::new, Collectors.toList()))
                .forEach((bottleneckId, blocked) -> {
                    Paragraph line = new Paragraph();
                    line.add(new Anchor(
                            destinations.path(new Destination.Bottleneck(bottleneckId)),
                            blocked.getFirst().bottleneckTitle()));
                    line.add(" " + getTranslation("mkba.blocks") + " "
                            + blocked.stream()
                                    .map(b -> detail.items().stream()
                                            .filter(i -> i.id() == b.lineItemId())
                                            .findFirst()
                                            .map(i -> i.draft().description())
                                            .orElse(""))
                                    .collect(Collectors.joining(", ")));
                    section.add(line);
                });
        return section;
    }

    private Component rowActions(String idPrefix, Runnable edit, Runnable remove) {
        Button editButton = new Button(VaadinIcon.EDIT.create(), click -> edit.run());
        editButton.setId(idPrefix + "-edit");
        editButton.setAriaLabel(getTranslation("action.edit"));
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button removeButton = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
        removeButton.setId(idPrefix + "-remove");
        removeButton.setAriaLabel(getTranslation("action.remove"));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(editButton, removeButton);
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? getTranslation("mkba.list-title") : detail.title()) + " | "
                + getTranslation("app.name");
    }
}
