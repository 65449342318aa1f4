package nl.geboortezorg.werkplaats.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.SearchField;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentFilter;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.regions.ui.RegionFilter;

/**
 * The document libraries of the regions, as far as the user may read them: presentations,
 * reports and agreements to download under their original names, filtered by region and words.
 */
@Route("documenten")
@Menu(order = 60, title = "documents.title", icon = "vaadin:folder-open-o")
@PermitAll
class DocumentLibraryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String REGION_PARAMETER = "regio";
    /** Words to filter on, as a search result links to one document. */
    static final String TEXT_PARAMETER = "tekst";

    private final DocumentService documents;
    private final List<RegionSummary> regions;
    final Select<RegionSummary> region;
    final TextField text;
    final Grid<Document> grid = new Grid<>();

    DocumentLibraryView(DocumentService documents, RegionService regionService) {
        this.documents = documents;
        this.regions = regionService.regions();
        region = RegionFilter.of(
                "document-filter-region",
                getTranslation("document.region"),
                regions,
                () -> grid.getDataProvider().refreshAll());
        text = SearchField.of(
                "document-filter-text",
                DocumentFilter.TEXT_MAX,
                () -> grid.getDataProvider().refreshAll());
        addClassName("document-library-view");
        add(
                new H2(getTranslation("documents.title")),
                new Paragraph(
                        getTranslation("documents.intro", documents.maxSize().toMegabytes())),
                filters(),
                grid());
        setSizeFull();
    }

    private Component filters() {
        HorizontalLayout filters = new HorizontalLayout(region, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        List<RegionChoice> writable = documents.regionsToUploadIn();
        if (!writable.isEmpty()) {
            Button upload = new Button(
                    getTranslation("document.upload"),
                    VaadinIcon.UPLOAD.create(),
                    click -> DocumentDialog.add(
                                    documents,
                                    writable,
                                    region.getValue() == null
                                            ? null
                                            : region.getValue().id(),
                                    () -> grid.getDataProvider().refreshAll())
                            .open());
            upload.setId("upload-document");
            upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(upload);
        }
        return filters;
    }

    private Grid<Document> grid() {
        grid.setId("documents");
        grid.setAriaLabel(getTranslation("documents.title"));
        grid.setEmptyStateText(getTranslation("documents.none"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("document.title"))
                .setFlexGrow(3);
        grid.addColumn(Document::regionName)
                .setHeader(getTranslation("document.region"))
                .setFlexGrow(1);
        grid.addColumn(d -> getTranslation("publication-level." + d.level().name()))
                .setHeader(getTranslation("publication-level.label"))
                .setFlexGrow(1);
        grid.addColumn(d -> DocumentDownloads.describe(d))
                .setHeader(getTranslation("document.file"))
                .setFlexGrow(1);
        grid.addColumn(d -> DutchFormats.date(d.uploadedAt()) + " · " + d.uploadedBy())
                .setHeader(getTranslation("document.uploaded"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("document.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> documents.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> documents.count(filter()));
        return grid;
    }

    private Component titleCell(Document document) {
        Div cell = new Div(DocumentDownloads.anchor(documents, document, document.title()));
        if (document.description() != null) {
            Div description = new Div(new Span(document.description()));
            description.addClassName("document-description");
            cell.add(description);
        }
        return cell;
    }

    private Component actions(Document document) {
        HorizontalLayout actions = new HorizontalLayout();
        Button versions = new Button(
                VaadinIcon.TIME_BACKWARD.create(),
                click -> DocumentVersionsDialog.open(
                        documents, document, () -> grid.getDataProvider().refreshAll()));
        versions.setAriaLabel(getTranslation("document.versions-named", document.title()));
        versions.setTooltipText(getTranslation("document.versions-named", document.title()));
        versions.addClassName("document-versions");
        versions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(versions);
        if (documents.mayChange(document)) {
            Button replace = new Button(
                    VaadinIcon.UPLOAD.create(),
                    click -> ReplaceFileDialog.open(
                            documents, document, () -> grid.getDataProvider().refreshAll()));
            replace.setAriaLabel(getTranslation("document.replace-named", document.title()));
            replace.setTooltipText(getTranslation("document.replace-named", document.title()));
            replace.addClassName("replace-document-file");
            replace.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(replace);
            Button edit = new Button(
                    VaadinIcon.EDIT.create(),
                    click -> DocumentDialog.edit(
                                    documents,
                                    document,
                                    () -> grid.getDataProvider().refreshAll())
                            .open());
            edit.setAriaLabel(getTranslation("document.edit-named", document.title()));
            edit.addClassName("edit-document");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemove(document));
            remove.setAriaLabel(getTranslation("document.remove-named", document.title()));
            remove.addClassName("remove-document");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(edit, remove);
        }
        return actions;
    }

    private void confirmRemove(Document document) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("document.remove-title"));
        confirm.setText(getTranslation("document.remove-confirm", document.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("document.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                documents.remove(document.id(), document.version());
                Notifications.success(getTranslation("document.removed"));
            } catch (ConcurrentEditException stale) {
                Notifications.error(getTranslation("concurrent-edit.reloaded"));
            }
            grid.getDataProvider().refreshAll();
        });
        confirm.open();
    }

    private DocumentFilter filter() {
        return new DocumentFilter(
                region.getValue() == null ? null : region.getValue().id(), text.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String code = parameters.getOrDefault(REGION_PARAMETER, List.of()).stream()
                .findFirst()
                .orElse(null);
        region.setValue(
                regions.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null));
        parameters.getOrDefault(TEXT_PARAMETER, List.of()).stream()
                .findFirst()
                .map(words ->
                        words.length() > DocumentFilter.TEXT_MAX ? words.substring(0, DocumentFilter.TEXT_MAX) : words)
                .ifPresent(text::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title") + " | " + getTranslation("app.name");
    }
}
