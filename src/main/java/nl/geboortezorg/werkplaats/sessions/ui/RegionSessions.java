package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.sessions.SessionPeriod;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionSummary;

/**
 * The sessions part of a region's workspace: the next sessions of the region and the national ones,
 * the most recent past ones, and the way to the full list.
 */
class RegionSessions extends Section {

    static final int SHOWN = 5;

    RegionSessions(WorkSessionService sessions, long regionId) {
        setId("region-sessions");
        addClassName("region-sessions");
        add(new H3(getTranslation("sessions.title")));
        add(period(
                "region-sessions-upcoming",
                "sessions.upcoming",
                "sessions.region.none-upcoming",
                sessions.findForRegion(regionId, SessionPeriod.UPCOMING, SHOWN)));
        add(period(
                "region-sessions-past",
                "sessions.past",
                "sessions.region.none-past",
                sessions.findForRegion(regionId, SessionPeriod.PAST, SHOWN)));
        RouterLink all = new RouterLink(getTranslation("sessions.region.all"), SessionListView.class);
        all.setId("all-sessions");
        add(new Paragraph(all));
    }

    private Section period(String id, String titleKey, String emptyKey, List<WorkSessionSummary> found) {
        Section period = new Section(new H4(getTranslation(titleKey)));
        period.setId(id);
        if (found.isEmpty()) {
            period.add(new Paragraph(getTranslation(emptyKey)));
        } else {
            UnorderedList list = new UnorderedList();
            found.forEach(session -> list.add(item(session)));
            period.add(list);
        }
        return period;
    }

    private ListItem item(WorkSessionSummary session) {
        Span when = new Span(DutchFormats.dateTime(session.startsAt()) + " ");
        RouterLink link = new RouterLink(
                session.title(), SessionView.class, new RouteParameters(SessionView.ID, String.valueOf(session.id())));
        ListItem item = new ListItem(when, link);
        if (session.national()) {
            item.add(new Span(" (" + getTranslation("session.national") + ")"));
        }
        Span state = new Span(getTranslation("session-state." + session.state().name()));
        state.getElement().getThemeList().add("badge");
        item.add(state);
        return item;
    }
}
