package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.KnowledgeBaseHeader;
import nl.geboortezorg.werkplaats.common.ui.NothingHere;
import nl.geboortezorg.werkplaats.common.ui.PageFooter;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.mkba.model.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * A public cost-benefit analysis in the knowledge base, to read and download without signing in:
 * its results, charts, costs and benefits and sensitivity, and nothing that leads further into
 * the platform.
 */
@Route(value = "kennisbank/mkba/:id", autoLayout = false)
@AnonymousAllowed
class PublicAnalysisView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final CostBenefitService service;
    private final TranslationProvider translations;
    private final Destinations destinations;
    private @Nullable AnalysisDetail detail;

    PublicAnalysisView(CostBenefitService service, TranslationProvider translations, Destinations destinations) {
        this.service = service;
        this.translations = translations;
        this.destinations = destinations;
        addClassName("knowledge-base");
        addClassName("mkba-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        detail = service.publicAnalysis(id).orElse(null);
        if (detail == null) {
            // Public pages have no frame for the error page; they say the same in place.
            removeAll();
            add(
                    KnowledgeBaseHeader.of(this, destinations.path(new Destination.KnowledgeBase())),
                    NothingHere.of(this),
                    PageFooter.of(this));
            return;
        }
        removeAll();
        AnalysisResults results = new AnalysisResults(this);
        Results calculated = detail.results();
        Sensitivity sensitivity = detail.sensitivity();
        H2 title = new H2(detail.title());
        title.setId("mkba-heading");
        Paragraph meta = new Paragraph(results.inputsLine(detail)
                + (detail.publishedAt() == null
                        ? ""
                        : " · " + getTranslation("factsheet.published-on", DutchFormats.date(detail.publishedAt()))));
        meta.setId("mkba-meta");
        Translator texts = Translator.of(translations, getLocale());
        Anchor pdf = AnalysisDownloads.pdf(translations, this, getLocale(), detail);
        add(KnowledgeBaseHeader.of(this, destinations.path(new Destination.KnowledgeBase())), title, meta);
        if (!detail.heading().description().isBlank()) {
            add(new Paragraph(detail.heading().description()));
        }
        add(
                new Paragraph(pdf),
                results.keyFigures(calculated, "mkba"),
                results.whoPays(calculated),
                results.charts(calculated, sensitivity),
                items(texts),
                new Div(new H3(getTranslation("mkba.sensitivity")), results.sensitivity(sensitivity)),
                results.yearly(calculated),
                PageFooter.of(this));
    }

    /** The analysis shown; the parts of the page that read it are only built once it is loaded. */
    private AnalysisDetail loaded() {
        return Objects.requireNonNull(detail, "read only once loaded");
    }

    private Div items(Translator texts) {
        AnalysisDetail detail = loaded();
        Grid<LineItemRow> grid = new Grid<>();
        grid.setId("mkba-items");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation("flow-kind."
                        + Objects.requireNonNull(r.draft().kind(), "stored").name()))
                .setHeader(getTranslation("mkba.kind"));
        grid.addColumn(r -> r.draft().description())
                .setHeader(getTranslation("mkba.item"))
                .setFlexGrow(3);
        grid.addColumn(r -> detail.stakeholderName(r.draft().stakeholderId()))
                .setHeader(getTranslation("mkba.stakeholder"))
                .setFlexGrow(2);
        grid.addColumn(r -> ItemTexts.amounts(r.draft(), texts, getLocale()))
                .setHeader(getTranslation("mkba.amounts"))
                .setFlexGrow(3);
        grid.addColumn(r -> ItemTexts.adjustments(r.draft(), texts, getLocale()))
                .setHeader(getTranslation("mkba.adjustments"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.draft().source())
                .setHeader(getTranslation("mkba.source"))
                .setFlexGrow(2);
        grid.setItems(detail.items());
        return new Div(new H3(getTranslation("mkba.items")), grid);
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? getTranslation("knowledge-base.title") : detail.title()) + " | "
                + getTranslation("knowledge-base.title");
    }
}
