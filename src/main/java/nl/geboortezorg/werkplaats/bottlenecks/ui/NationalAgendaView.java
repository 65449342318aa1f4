package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.BlockedValue;
import nl.geboortezorg.werkplaats.mkba.ui.BlockedBenefits;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;

/**
 * The national agenda in priority order, for everyone signed in (the ministry's observers
 * included), with its briefing PDF and CSV. Facilitators move items up and down; when someone else
 * changed the order meanwhile, nothing is moved and the page shows the order as it now is.
 */
@Route("nationale-agenda")
@Menu(order = 30, title = "agenda.title", icon = "vaadin:flag")
@PermitAll
class NationalAgendaView extends Main implements HasDynamicTitle {

    private final NationalAgendaService agenda;
    private final BlockedBenefitService blockedBenefits;
    private final DossierCompiler dossiers;
    private final Map<Long, String> regionNames;
    private final LocalDate today;
    private final boolean mayReorder;
    final Grid<AgendaEntry> grid = new Grid<>();
    private List<AgendaEntry> shown = List.of();
    private Map<Long, BlockedValue> blocked = Map.of();

    NationalAgendaView(
            NationalAgendaService agenda,
            BlockedBenefitService blockedBenefits,
            RegionService regions,
            TranslationProvider translations,
            Clock clock,
            DossierCompiler dossiers) {
        this.agenda = agenda;
        this.dossiers = dossiers;
        this.blockedBenefits = blockedBenefits;
        this.regionNames =
                regions.allRegions().stream().collect(Collectors.toMap(RegionSummary::id, RegionSummary::name));
        this.today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        this.mayReorder = agenda.mayModerate();
        H2 title = new H2(getTranslation("agenda.title"));
        title.addClassName("view-title");
        add(title, new Paragraph(getTranslation("agenda.intro")), exports(translations), grid());
        setSizeFull();
        reload();
    }

    private HorizontalLayout exports(TranslationProvider translations) {
        Translator texts = Translator.of(translations, getLocale());
        String language = getLocale().getLanguage();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    List<AgendaEntry> entries = agenda.agenda();
                    return download(
                            AgendaExport.briefingPdf(
                                    texts, language, entries, blockedValues(entries), today, regionNames),
                            "pdf",
                            "application/pdf");
                }),
                getTranslation("agenda.export-pdf"));
        pdf.setId("export-briefing");
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    List<AgendaEntry> entries = agenda.agenda();
                    return download(
                            AgendaExport.csv(texts, language, entries, blockedValues(entries), regionNames),
                            "csv",
                            "text/csv; charset=utf-8");
                }),
                getTranslation("agenda.export-csv"));
        csv.setId("export-csv");
        HorizontalLayout exports = new HorizontalLayout(pdf, csv, dossiers.forAgenda(getLocale()));
        exports.setWrap(true);
        exports.setAlignItems(Alignment.BASELINE);
        return exports;
    }

    private DownloadResponse download(byte[] bytes, String extension, String contentType) {
        return new DownloadResponse(
                new ByteArrayInputStream(bytes),
                AgendaExport.fileName("landelijke-agenda", today, extension),
                contentType,
                bytes.length);
    }

    private Grid<AgendaEntry> grid() {
        grid.setId("national-agenda");
        grid.setAriaLabel(getTranslation("agenda.title"));
        grid.setEmptyStateText(getTranslation("agenda.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(AgendaEntry::rank)
                .setHeader(getTranslation("agenda.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::item)
                .setHeader(getTranslation("agenda.item"))
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(e ->
                        e.raisedIn() + (e.recognisedIn().isEmpty() ? "" : " + " + String.join(", ", e.recognisedIn())))
                .setHeader(getTranslation("agenda.regions"))
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(e -> e.lastStep() == null
                        ? ""
                        : DutchFormats.date(e.lastStep().occurredAt()) + ": "
                                + TimelineText.describe(Translator.of(this), e.lastStep(), regionNames))
                .setHeader(getTranslation("agenda.last-step"))
                .setWidth("14rem")
                .setFlexGrow(3);
        grid.addColumn(e -> BlockedBenefits.worthInShort(
                        Translator.of(this), getLocale(), blocked.getOrDefault(e.bottleneckId(), BlockedValue.NONE)))
                .setHeader(getTranslation("agenda.blocked-benefits"))
                .setKey("blocked")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::nextStep)
                .setHeader(getTranslation("agenda-dialog.next-step"))
                .setWidth("12rem")
                .setFlexGrow(2);
        if (mayReorder) {
            grid.addComponentColumn(this::moveButtons)
                    .setHeader(getTranslation("agenda.order"))
                    .setKey("order")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        return grid;
    }

    /** The title with its status and addressees beneath. */
    private Component item(AgendaEntry entry) {
        Div addressees = new Div(new Span(BottleneckBadges.addressees(Translator.of(this), entry.addressees())));
        addressees.addClassName("agenda-addressees");
        return new Div(
                new Div(BottleneckNavigation.bottleneck(entry.bottleneckId()).anchor(entry.title())),
                new Div(BottleneckBadges.status(this, entry.status())),
                addressees);
    }

    /** The next step, when to look again (marked when overdue) and who owns it. */
    private Component nextStep(AgendaEntry entry) {
        Div cell = new Div(new Span(entry.nextStep() == null ? "" : entry.nextStep()));
        if (entry.followUpDate() != null) {
            cell.add(new Div(new Span(DutchFormats.date(entry.followUpDate()))));
            if (entry.status().open() && entry.followUpDate().isBefore(today)) {
                Span overdue = new Span(getTranslation("bottleneck-view.follow-up-overdue"));
                overdue.getElement().getThemeList().add("badge error");
                cell.add(overdue);
            }
        }
        if (entry.trackOwnerName() != null) {
            cell.add(new Div(new Span(getTranslation("agenda.owned-by", entry.trackOwnerName()))));
        }
        return cell;
    }

    private Component moveButtons(AgendaEntry entry) {
        int index = entry.rank() - 1;
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(index, index - 1));
        up.setAriaLabel(getTranslation("agenda.move-up", entry.title()));
        up.setEnabled(index > 0);
        up.addClassName("move-up");
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(index, index + 1));
        down.setAriaLabel(getTranslation("agenda.move-down", entry.title()));
        down.setEnabled(index < shown.size() - 1);
        down.addClassName("move-down");
        for (Button button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(up, down);
    }

    void move(int from, int to) {
        List<Long> seen = shown.stream().map(AgendaEntry::bottleneckId).toList();
        List<Long> order = new ArrayList<>(seen);
        order.add(to, order.remove(from));
        try {
            show(agenda.reorder(seen, order));
        } catch (ConcurrentEditException changed) {
            reload();
            ConcurrentEditDialog.open(this, this::reload);
        }
    }

    private void reload() {
        show(agenda.agenda());
    }

    private void show(List<AgendaEntry> entries) {
        shown = entries;
        blocked = blockedValues(entries);
        grid.setItems(entries);
    }

    private Map<Long, BlockedValue> blockedValues(List<AgendaEntry> entries) {
        return blockedBenefits.blockedValues(
                entries.stream().map(AgendaEntry::bottleneckId).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title");
    }
}
