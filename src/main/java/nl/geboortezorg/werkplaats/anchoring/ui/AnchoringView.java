package nl.geboortezorg.werkplaats.anchoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Assessment;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.NationalOverview;
import nl.geboortezorg.werkplaats.anchoring.NationalOverview.RegionScores;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.PersonalDataCheck;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import org.jspecify.annotations.Nullable;

/**
 * The anchoring tracker: the national view of every region's scores for a quarter (table and
 * chart) for everyone signed in, and for the region's own people the quarter's assessment form
 * and the region's trend.
 */
@Route("verankering")
@Menu(order = 80, title = "anchoring.title", icon = "vaadin:anchor")
@PermitAll
class AnchoringView extends Main implements HasDynamicTitle {

    private final AnchoringService service;
    private final List<Quarter> quarters;
    final Select<Quarter> nationalQuarter = new Select<>();
    final Div national = new Div();
    final Select<RegionChoice> region = new Select<>();
    final Select<Quarter> ownQuarter = new Select<>();
    final Div own = new Div();
    final Map<Dimension, RadioButtonGroup<Integer>> scores = new EnumMap<>(Dimension.class);
    final Map<Dimension, TextArea> comments = new EnumMap<>(Dimension.class);
    private final FormErrors errors = new FormErrors();
    private @Nullable Assessment current;
    private @Nullable DraftKeeper draft;

    AnchoringView(AnchoringService service) {
        this.service = service;
        this.quarters = service.currentQuarter().andPrevious(AnchoringService.TREND_QUARTERS);
        addClassName("anchoring-view");
        add(new H2(getTranslation("anchoring.title")), new Paragraph(getTranslation("anchoring.intro")));
        List<RegionChoice> regions = service.regionsToAssess();
        if (!regions.isEmpty()) {
            region.setId("anchoring-region");
            region.setLabel(getTranslation("anchoring.region"));
            region.setItems(regions);
            region.setItemLabelGenerator(RegionChoice::name);
            region.setValue(regions.getFirst());
            region.setVisible(regions.size() > 1);
            region.addValueChangeListener(change -> showOwn());
            quarterChoice(ownQuarter, "anchoring-own-quarter", this::showOwn);
            own.setId("anchoring-own");
            add(own);
            showOwn();
        }
        quarterChoice(nationalQuarter, "anchoring-national-quarter", this::showNational);
        national.setId("anchoring-national");
        add(national);
        showNational();
    }

    /** The current quarter and the ones before it, the current one chosen. */
    private void quarterChoice(Select<Quarter> select, String id, Runnable onChange) {
        select.setId(id);
        select.setLabel(getTranslation("anchoring.quarter"));
        select.setItems(quarters);
        select.setItemLabelGenerator(Quarter::toString);
        select.setValue(quarters.getFirst());
        select.addValueChangeListener(change -> onChange.run());
    }

    // ---- the region's own assessment and trend

    private void showOwn() {
        own.removeAll();
        scores.clear();
        comments.clear();
        errors.clear();
        RegionChoice chosen = region.getValue();
        current = service.assessment(chosen.id(), ownQuarter.getValue()).orElse(null);
        own.add(
                new H3(getTranslation("anchoring.own", chosen.name())),
                new Paragraph(getTranslation("anchoring.own-intro")),
                new Div(region, ownQuarter));
        if (current != null) {
            Paragraph saved = new Paragraph(
                    getTranslation("anchoring.saved-by", current.savedBy(), DutchFormats.dateTime(current.savedAt())));
            saved.setId("anchoring-saved-by");
            own.add(saved);
        }
        for (Dimension dimension : Dimension.values()) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
            score.setId("anchoring-score-" + dimension.name());
            score.setAriaLabel(getTranslation("anchoring-dimension." + dimension.name()));
            score.setItems(1, 2, 3, 4, 5);
            score.setItemLabelGenerator(
                    level -> level + " – " + getTranslation("anchoring-level." + dimension.name() + "." + level));
            score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            TextArea comment = new TextArea(getTranslation("anchoring.comment"));
            comment.setId("anchoring-comment-" + dimension.name());
            comment.setMaxLength(Score.COMMENT_MAX);
            comment.setWidthFull();
            Optional<Score> existing = current == null ? Optional.empty() : current.score(dimension);
            existing.ifPresent(s -> {
                score.setValue(s.score());
                comment.setValue(s.comment());
            });
            scores.put(dimension, score);
            comments.put(dimension, comment);
            errors.bind("score." + dimension.name(), score).bind("comment." + dimension.name(), comment);
            own.add(new H4(getTranslation("anchoring-dimension." + dimension.name())), score, comment);
        }
        errors.bind("quarter", ownQuarter);
        Button save = new Button(
                getTranslation("action.save"),
                click -> PersonalDataCheck.beforeSaving(
                        this, getTranslation("anchoring.title"), errors.fields(), this::save));
        save.setId("anchoring-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        own.add(save, trend(chosen));
        Map<String, TextArea> texts = new LinkedHashMap<>();
        comments.forEach((dimension, comment) ->
                texts.put("comment-" + dimension.name().toLowerCase(Locale.ROOT).replace('_', '-'), comment));
        draft = DraftKeeper.keep(own, draftKey(chosen.id(), ownQuarter.getValue()), texts);
    }

    /** The draft of one region's assessment of one quarter. */
    static DraftKey draftKey(long regionId, Quarter quarter) {
        return DraftKey.forItem(DraftForm.ANCHORING, regionId * 100_000 + quarter.year() * 10L + quarter.quarter());
    }

    private void save() {
        List<Score> typed = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            RadioButtonGroup<Integer> score = Objects.requireNonNull(scores.get(dimension), "one per dimension");
            TextArea comment = Objects.requireNonNull(comments.get(dimension), "one per dimension");
            typed.add(new Score(dimension, score.getValue(), comment.getValue()));
        }
        try {
            service.save(
                    region.getValue().id(), ownQuarter.getValue(), current == null ? null : current.version(), typed);
            Objects.requireNonNull(draft, "kept with the form").saved();
            Notifications.success(getTranslation("anchoring.saved"));
            showOwn();
            showNational();
        } catch (ValidationException invalid) {
            errors.show(invalid, this);
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(this, this::showOwn);
        }
    }

    /** The region's scores per quarter, the latest first, each with its change since the quarter before. */
    private Component trend(RegionChoice chosen) {
        List<Assessment> assessments = service.trend(chosen.id());
        Grid<Assessment> grid = new Grid<>();
        grid.setId("anchoring-trend");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("anchoring.trend-none"));
        grid.addColumn(a -> a.quarter().toString()).setHeader(getTranslation("anchoring.quarter"));
        for (Dimension dimension : Dimension.values()) {
            grid.addColumn(a -> change(a, dimension, assessments))
                    .setHeader(getTranslation("anchoring-dimension." + dimension.name()))
                    .setTextAlign(ColumnTextAlign.CENTER);
        }
        grid.setItems(assessments);
        return new Div(new H3(getTranslation("anchoring.trend")), grid);
    }

    /** The score with an arrow when it moved since the region's previous assessment. */
    String change(Assessment assessment, Dimension dimension, List<Assessment> assessments) {
        Integer score = assessment.score(dimension).map(Score::score).orElse(null);
        if (score == null) {
            return getTranslation("anchoring.not-assessed");
        }
        int index = assessments.indexOf(assessment);
        Integer before = index + 1 < assessments.size()
                ? assessments.get(index + 1).score(dimension).map(Score::score).orElse(null)
                : null;
        if (before == null || before.equals(score)) {
            return getTranslation("anchoring.same", score);
        }
        return getTranslation(score > before ? "anchoring.up" : "anchoring.down", score);
    }

    // ---- the national view

    private void showNational() {
        national.removeAll();
        NationalOverview overview = service.national(nationalQuarter.getValue());
        Grid<RegionScores> grid = new Grid<>();
        grid.setId("anchoring-national-table");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var regionColumn = grid.addColumn(RegionScores::regionName)
                .setHeader(getTranslation("anchoring.region"))
                .setFlexGrow(2);
        List<Grid.Column<RegionScores>> columns = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            columns.add(grid.addColumn(r -> Optional.ofNullable(r.scores().get(dimension))
                            .map(String::valueOf)
                            .orElse(getTranslation("anchoring.not-assessed")))
                    .setHeader(getTranslation("anchoring-dimension." + dimension.name()))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setFlexGrow(1));
        }
        var footer = grid.appendFooterRow();
        footer.getCell(regionColumn).setText(getTranslation("anchoring.average"));
        for (int i = 0; i < Dimension.values().length; i++) {
            var average = overview.average(Dimension.values()[i]);
            footer.getCell(columns.get(i))
                    .setText(
                            average.isPresent()
                                    ? String.format(getLocale(), "%.1f", average.getAsDouble())
                                    : getTranslation("anchoring.not-assessed"));
        }
        grid.setItems(overview.regions());
        Paragraph count = new Paragraph(getTranslation(
                "anchoring.assessed-count",
                overview.assessedCount(),
                overview.regions().size()));
        count.setId("anchoring-assessed-count");
        Div chart = new Div();
        chart.setId("anchoring-chart");
        chart.getElement().setProperty("innerHTML", AnchoringChart.svg(overview, Translator.of(this), getLocale()));
        national.add(
                new H3(getTranslation("anchoring.national")),
                new Paragraph(getTranslation("anchoring.national-intro")),
                nationalQuarter,
                count,
                grid,
                chart);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anchoring.title") + " | " + getTranslation("app.name");
    }
}
