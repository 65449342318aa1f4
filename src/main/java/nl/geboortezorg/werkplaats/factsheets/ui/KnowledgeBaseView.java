package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.KnowledgeBaseHeader;
import nl.geboortezorg.werkplaats.common.ui.PageFooter;
import nl.geboortezorg.werkplaats.common.ui.ViewLink;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.ui.DocumentDownloads;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.mkba.AnalysisSummary;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.ui.AnalysisNavigation;
import nl.geboortezorg.werkplaats.security.ui.LoginView;

/**
 * The public knowledge base: published public factsheets, public documents and public
 * cost-benefit analyses, to search, read and download without signing in. It stands apart from the platform's frame and links to
 * nothing else in it but the sign-in page.
 */
@Route(value = "kennisbank", autoLayout = false)
@Menu(order = 90, title = "knowledge-base.title", icon = "vaadin:book")
@AnonymousAllowed
class KnowledgeBaseView extends Main implements HasDynamicTitle {

    private final FactsheetService factsheets;
    private final DocumentService documents;
    final TextField search = new TextField();
    final Grid<FactsheetSummary> factsheetGrid = new Grid<>();
    final Grid<Document> documentGrid = new Grid<>();
    final Grid<AnalysisSummary> analysisGrid = new Grid<>();

    KnowledgeBaseView(FactsheetService factsheets, DocumentService documents, CostBenefitService analyses) {
        this.factsheets = factsheets;
        this.documents = documents;
        addClassName("knowledge-base");
        search.setLabel(getTranslation("knowledge-base.search"));
        search.setId("knowledge-base-search");
        search.setMaxLength(FactsheetFilter.TEXT_MAX);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> {
            factsheetGrid.getDataProvider().refreshAll();
            documentGrid.getDataProvider().refreshAll();
            analysisGrid.getDataProvider().refreshAll();
        });
        factsheetGrid.setId("public-factsheets");
        factsheetGrid.setAriaLabel(getTranslation("knowledge-base.factsheets"));
        factsheetGrid.setEmptyStateText(getTranslation("knowledge-base.no-factsheets"));
        factsheetGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        factsheetGrid.setAllRowsVisible(true);
        factsheetGrid.setPageSize(25);
        factsheetGrid
                .addComponentColumn(f ->
                        FactsheetNavigation.publicFactsheet(f.factsheetId()).anchor(f.title()))
                .setHeader(getTranslation("factsheet.title"))
                .setFlexGrow(3);
        factsheetGrid.addColumn(FactsheetSummary::regionName).setHeader(getTranslation("factsheet.region"));
        factsheetGrid
                .addColumn(f -> DutchFormats.date(Objects.requireNonNull(f.publishedAt(), "only published ones")))
                .setHeader(getTranslation("knowledge-base.published"));
        factsheetGrid.setItems(
                query -> factsheets.findPublic(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> factsheets.countPublic(search.getValue()));
        documentGrid.setId("public-documents");
        documentGrid.setAriaLabel(getTranslation("knowledge-base.documents"));
        documentGrid.setEmptyStateText(getTranslation("knowledge-base.no-documents"));
        documentGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        documentGrid.setAllRowsVisible(true);
        documentGrid.setPageSize(25);
        documentGrid
                .addComponentColumn(d -> DocumentDownloads.anchor(documents, d, d.title()))
                .setHeader(getTranslation("document.title"))
                .setFlexGrow(3);
        documentGrid.addColumn(Document::regionName).setHeader(getTranslation("factsheet.region"));
        documentGrid.addColumn(d -> DocumentDownloads.describe(d)).setHeader(getTranslation("document.file"));
        documentGrid.setItems(
                query -> documents.findPublic(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> documents.countPublic(search.getValue()));
        analysisGrid.setId("public-analyses");
        analysisGrid.setAriaLabel(getTranslation("knowledge-base.analyses"));
        analysisGrid.setEmptyStateText(getTranslation("knowledge-base.no-analyses"));
        analysisGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        analysisGrid.setAllRowsVisible(true);
        analysisGrid.setPageSize(25);
        analysisGrid
                .addComponentColumn(
                        a -> AnalysisNavigation.publicAnalysis(a.id()).anchor(a.title()))
                .setHeader(getTranslation("factsheet.title"))
                .setFlexGrow(3);
        analysisGrid.addColumn(AnalysisSummary::regionName).setHeader(getTranslation("factsheet.region"));
        analysisGrid
                .addColumn(a -> a.baseYear() + "–" + (a.baseYear() + a.horizonYears() - 1))
                .setHeader(getTranslation("mkba.years"));
        analysisGrid.setItems(
                query -> analyses.findPublic(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> analyses.countPublic(search.getValue()));
        Paragraph signIn = new Paragraph(ViewLink.to(LoginView.class).anchor(getTranslation("knowledge-base.sign-in")));
        signIn.addClassName("knowledge-base-sign-in");
        add(
                KnowledgeBaseHeader.of(this, FactsheetNavigation.knowledgeBase().path()),
                new Paragraph(getTranslation("knowledge-base.intro")),
                search,
                new H2(getTranslation("knowledge-base.factsheets")),
                factsheetGrid,
                new H2(getTranslation("knowledge-base.documents")),
                documentGrid,
                new H2(getTranslation("knowledge-base.analyses")),
                analysisGrid,
                signIn,
                PageFooter.of(this));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge-base.title") + " | " + getTranslation("app.name");
    }
}
