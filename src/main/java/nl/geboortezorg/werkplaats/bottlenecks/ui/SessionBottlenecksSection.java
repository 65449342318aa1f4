package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.sessions.ui.SessionPageSection;
import org.springframework.core.annotation.Order;

/**
 * On a session's page: the bottlenecks raised in it or put on its agenda, and, for those who may
 * raise one in a region, the way to raise one there: from the page, or from an agenda item with
 * its title and notes as the first text.
 */
@org.springframework.stereotype.Component
@Order(10)
class SessionBottlenecksSection implements SessionPageSection {

    private final BottleneckService bottlenecks;
    private final WorkSessionService sessions;

    SessionBottlenecksSection(BottleneckService bottlenecks, WorkSessionService sessions) {
        this.bottlenecks = bottlenecks;
        this.sessions = sessions;
    }

    @Override
    public Component create(WorkSession session) {
        Section section = new Section();
        section.setId("session-bottlenecks");
        section.add(new H3(section.getTranslation("session-bottlenecks.title")));
        List<BottleneckSummary> raised = bottlenecks.ofSession(session.id());
        if (raised.isEmpty()) {
            Paragraph none = new Paragraph(section.getTranslation("session-bottlenecks.none"));
            none.setId("session-bottlenecks-none");
            section.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            for (BottleneckSummary bottleneck : raised) {
                list.add(new ListItem(
                        BottleneckNavigation.bottleneck(bottleneck.id()).anchor(bottleneck.title()),
                        new Span(" (" + bottleneck.regionName() + ") "),
                        BottleneckBadges.status(section, bottleneck.status())));
            }
            section.add(list);
        }
        List<RegionChoice> raiseIn = raiseIn(session);
        if (!raiseIn.isEmpty()) {
            Button raise = new Button(
                    section.getTranslation("session-bottlenecks.raise"),
                    VaadinIcon.PLUS.create(),
                    click -> BottleneckDialog.raiseInSession(
                                    bottlenecks,
                                    sessions,
                                    raiseIn,
                                    session,
                                    DraftKey.forItem(DraftForm.BOTTLENECK_FROM_SESSION, session.id()),
                                    "",
                                    "")
                            .open());
            raise.setId("raise-bottleneck-in-session");
            section.add(new Paragraph(raise));
        }
        return section;
    }

    /** Once the session runs or ran, an agenda item's notes can become a bottleneck. */
    @Override
    public Optional<Component> atAgendaItem(WorkSession session, AgendaItem item, Supplier<String> notes) {
        if (session.state() == SessionState.PLANNED || session.state() == SessionState.CANCELLED) {
            return Optional.empty();
        }
        List<RegionChoice> raiseIn = raiseIn(session);
        if (raiseIn.isEmpty()) {
            return Optional.empty();
        }
        Button raise = new Button(VaadinIcon.EXCLAMATION_CIRCLE_O.create());
        raise.setText(raise.getTranslation("session-bottlenecks.raise-from-item"));
        raise.setAriaLabel(
                raise.getTranslation("session-bottlenecks.raise-from-item-label", item.position(), item.title()));
        raise.addClassName("raise-from-agenda-item");
        raise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        raise.addClickListener(click -> BottleneckDialog.raiseInSession(
                        bottlenecks,
                        sessions,
                        raiseIn,
                        session,
                        DraftKey.forItem(DraftForm.BOTTLENECK_FROM_AGENDA_ITEM, item.id()),
                        item.title(),
                        Objects.requireNonNullElse(notes.get(), ""))
                .open());
        return Optional.of(raise);
    }

    /** The session's own region first when the user may raise there, else wherever they may. */
    private List<RegionChoice> raiseIn(WorkSession session) {
        List<RegionChoice> regions = bottlenecks.regionsToRaiseIn();
        List<RegionChoice> own = regions.stream()
                .filter(r -> Objects.equals(r.id(), session.regionId()))
                .toList();
        return own.isEmpty() ? regions : own;
    }
}
