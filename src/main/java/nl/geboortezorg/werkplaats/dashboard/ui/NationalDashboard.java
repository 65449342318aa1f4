package nl.geboortezorg.werkplaats.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.NationalOverview;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.anchoring.ui.AnchoringNavigation;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixFilter;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.RecognitionMatrix;
import nl.geboortezorg.werkplaats.bottlenecks.ui.BottleneckNavigation;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.ViewLink;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.factsheets.ui.FactsheetNavigation;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisState;
import nl.geboortezorg.werkplaats.mkba.AnalysisSummary;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.ui.AnalysisNavigation;
import nl.geboortezorg.werkplaats.regions.ui.HomeSection;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;
import nl.geboortezorg.werkplaats.sessions.ui.SessionNavigation;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/**
 * The home page of facilitators, observers and admins: the whole track at a glance. Upcoming
 * sessions, overdue actions per region, the national agenda by status, the most recognised
 * bottlenecks, what was published lately, and where the regions stand on anchoring.
 */
@org.springframework.stereotype.Component
@Order(10)
class NationalDashboard implements HomeSection {

    static final int SHOWN = 5;

    private final UserService users;
    private final WorkSessionService sessions;
    private final SessionOutcomeService outcomes;
    private final MinutesService minutes;
    private final NationalAgendaService agenda;
    private final BottleneckService bottlenecks;
    private final FactsheetService factsheets;
    private final CostBenefitService analyses;
    private final AnchoringService anchoring;

    NationalDashboard(
            UserService users,
            WorkSessionService sessions,
            SessionOutcomeService outcomes,
            MinutesService minutes,
            NationalAgendaService agenda,
            BottleneckService bottlenecks,
            FactsheetService factsheets,
            CostBenefitService analyses,
            AnchoringService anchoring) {
        this.users = users;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.minutes = minutes;
        this.agenda = agenda;
        this.bottlenecks = bottlenecks;
        this.factsheets = factsheets;
        this.analyses = analyses;
        this.anchoring = anchoring;
    }

    @Override
    public Optional<Component> create() {
        Role role = users.myProfile().role();
        if (role == Role.PROFESSIONAL) {
            return Optional.empty();
        }
        Section dashboard = new Section();
        dashboard.setId("national-dashboard");
        dashboard.addClassName("national-dashboard");
        Div tiles = new Div(
                upcoming(dashboard),
                overdue(dashboard),
                agendaCounts(dashboard),
                recognised(dashboard),
                published(dashboard),
                anchoringTile(dashboard));
        if (role == Role.FACILITATOR || role == Role.ADMIN) {
            tiles.addComponentAsFirst(reviewQueue(dashboard));
        }
        tiles.addClassName("dashboard-tiles");
        dashboard.add(new H2(dashboard.getTranslation("dashboard.title")), tiles);
        return Optional.of(dashboard);
    }

    private static Div tile(
            Component context, String id, String titleKey, @Nullable ViewLink more, Component... content) {
        Div tile = new Div(new H3(context.getTranslation(titleKey)));
        tile.setId(id);
        tile.addClassName("dashboard-tile");
        tile.add(content);
        if (more != null) {
            tile.add(new Paragraph(more.anchor(context.getTranslation("dashboard.more"))));
        }
        return tile;
    }

    private static Component list(Component context, List<? extends Component> items, String emptyKey) {
        if (items.isEmpty()) {
            return new Paragraph(context.getTranslation(emptyKey));
        }
        UnorderedList list = new UnorderedList();
        items.forEach(list::add);
        return list;
    }

    /** What waits for a facilitator's decision: factsheets submitted for review and proposed corrections of minutes. */
    private Div reviewQueue(Component c) {
        FactsheetFilter submitted = FactsheetFilter.all().awaitingReview(true);
        List<ListItem> factsheetItems = factsheets.find(submitted, 0, SHOWN).stream()
                .map(f -> {
                    ListItem item = new ListItem(
                            FactsheetNavigation.factsheet(f.factsheetId()).anchor(f.title()));
                    item.add(new Span(" · " + f.regionName()));
                    return item;
                })
                .toList();
        List<ListItem> correctionItems = minutes.pendingCorrections(SHOWN).stream()
                .map(p -> {
                    ListItem item = new ListItem(SessionNavigation.session(p.sessionId())
                            .anchor(p.sessionTitle() + ": " + p.agendaItemTitle()));
                    item.add(new Span(" · " + p.proposedBy() + " · " + DutchFormats.dateTime(p.proposedAt())));
                    return item;
                })
                .toList();
        H4 factsheetTitle = new H4(c.getTranslation("dashboard.review-factsheets", factsheets.count(submitted)));
        H4 correctionTitle =
                new H4(c.getTranslation("dashboard.review-corrections", minutes.countPendingCorrections()));
        Div factsheetPart = new Div(
                factsheetTitle,
                list(c, factsheetItems, "dashboard.review-factsheets-none"),
                new Paragraph(
                        FactsheetNavigation.factsheets().anchor(c.getTranslation("dashboard.review-factsheets-all"))));
        factsheetPart.setId("review-factsheets");
        Div correctionPart = new Div(correctionTitle, list(c, correctionItems, "dashboard.review-corrections-none"));
        correctionPart.setId("review-corrections");
        return tile(c, "dashboard-review", "dashboard.review", null, factsheetPart, correctionPart);
    }

    private Div upcoming(Component c) {
        List<WorkSessionSummary> next = sessions.find(SessionPeriod.UPCOMING, 0, SHOWN);
        List<ListItem> items = next.stream()
                .map(s -> {
                    ListItem item =
                            new ListItem(SessionNavigation.session(s.id()).anchor(s.title()));
                    item.add(new Span(" · " + DutchFormats.dateTime(s.startsAt()) + " · "
                            + (s.national() ? c.getTranslation("dashboard.national") : s.regionName())));
                    return item;
                })
                .toList();
        return tile(
                c,
                "dashboard-sessions",
                "dashboard.sessions",
                SessionNavigation.sessions(),
                list(c, items, "dashboard.sessions-none"));
    }

    private Div overdue(Component c) {
        List<ListItem> items = outcomes.overdueActionsPerRegion().stream()
                .map(o -> new ListItem(c.getTranslation(
                        "dashboard.overdue-line",
                        o.national() ? c.getTranslation("dashboard.national") : o.regionName(),
                        o.count())))
                .toList();
        return tile(c, "dashboard-overdue", "dashboard.overdue", null, list(c, items, "dashboard.overdue-none"));
    }

    private Div agendaCounts(Component c) {
        Map<BottleneckStatus, Integer> counts = new EnumMap<>(BottleneckStatus.class);
        for (AgendaEntry entry : agenda.agenda()) {
            counts.merge(entry.status(), 1, Integer::sum);
        }
        List<ListItem> items = counts.entrySet().stream()
                .map(e -> new ListItem(c.getTranslation(
                        "dashboard.status-line",
                        c.getTranslation("bottleneck-status." + e.getKey().name()),
                        e.getValue())))
                .toList();
        return tile(
                c,
                "dashboard-agenda",
                "dashboard.agenda",
                BottleneckNavigation.nationalAgenda(),
                list(c, items, "dashboard.agenda-none"));
    }

    private Div recognised(Component c) {
        RecognitionMatrix matrix = bottlenecks.matrix(MatrixFilter.all(), MatrixSort.MOST_REGIONS, 0, SHOWN);
        List<ListItem> items = matrix.rows().stream()
                .map(row -> {
                    ListItem item = new ListItem(
                            BottleneckNavigation.bottleneck(row.bottleneckId()).anchor(row.title()));
                    item.add(new Span(" · " + c.getTranslation("dashboard.regions-count", row.regionCount())));
                    return item;
                })
                .toList();
        return tile(
                c,
                "dashboard-recognised",
                "dashboard.recognised",
                BottleneckNavigation.recognitionMatrix(),
                list(c, items, "dashboard.recognised-none"));
    }

    private Div published(Component c) {
        List<ListItem> items = new java.util.ArrayList<>();
        for (FactsheetSummary f : factsheets.find(FactsheetFilter.all(), 0, SHOWN)) {
            if (f.published()) {
                ListItem item = new ListItem(
                        FactsheetNavigation.factsheet(f.factsheetId()).anchor(f.title()));
                item.add(new Span(" · " + c.getTranslation("dashboard.factsheet") + " · " + f.regionName()));
                items.add(item);
            }
        }
        for (AnalysisSummary a : analyses.find(AnalysisFilter.all(), 0, SHOWN)) {
            if (a.state() == AnalysisState.PUBLISHED) {
                ListItem item = new ListItem(AnalysisNavigation.analysis(a.id()).anchor(a.title()));
                item.add(new Span(" · " + c.getTranslation("dashboard.analysis") + " · " + a.regionName()));
                items.add(item);
            }
        }
        return tile(c, "dashboard-published", "dashboard.published", null, list(c, items, "dashboard.published-none"));
    }

    /** The latest quarter any region assessed (this one or the one before), with the national averages. */
    private Div anchoringTile(Component c) {
        Quarter quarter = anchoring.currentQuarter();
        NationalOverview overview = anchoring.national(quarter);
        if (overview.assessedCount() == 0) {
            quarter = quarter.previous();
            overview = anchoring.national(quarter);
        }
        List<ListItem> items = new java.util.ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            var average = overview.average(dimension);
            if (average.isPresent()) {
                items.add(new ListItem(c.getTranslation(
                        "dashboard.anchoring-line",
                        c.getTranslation("anchoring-dimension." + dimension.name()),
                        String.format(
                                com.vaadin.flow.component.UI.getCurrent().getLocale(),
                                "%.1f",
                                average.getAsDouble()))));
            }
        }
        Paragraph count = new Paragraph(c.getTranslation(
                "dashboard.anchoring-count",
                quarter.toString(),
                overview.assessedCount(),
                overview.regions().size()));
        return tile(
                c,
                "dashboard-anchoring",
                "dashboard.anchoring",
                AnchoringNavigation.anchoring(),
                count,
                list(c, items, "dashboard.anchoring-none"));
    }
}
