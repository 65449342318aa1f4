package nl.geboortezorg.werkplaats.sessions.ui;

import java.util.List;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.sessions.ActionItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.Decision;
import nl.geboortezorg.werkplaats.sessions.Minutes;
import nl.geboortezorg.werkplaats.sessions.MinutesCorrection;
import nl.geboortezorg.werkplaats.sessions.WorkSession;

/**
 * The minutes as a Markdown document people can hand on: header, attendees, each agenda item with
 * its notes, decisions and actions, and the version history. The PDF is laid out from the same text.
 */
final class MinutesMarkdown {

    /** Looks up a text in the reader's language. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... arguments);
    }

    private MinutesMarkdown() {}

    static String render(Minutes minutes, Texts t) {
        WorkSession session = minutes.session();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(session.title())).append("\n\n");
        md.append(t.get(
                        "minutes.export.subtitle",
                        minutes.closing().version(),
                        DutchFormats.dateTime(minutes.closing().closedAt()),
                        minutes.closing().closedBy()))
                .append("\n\n");
        md.append("- ")
                .append(t.get(
                        "session.when",
                        DutchFormats.dateTime(session.startsAt()),
                        DutchFormats.dateTime(session.endsAt())))
                .append('\n');
        md.append("- ")
                .append(t.get("session.scope"))
                .append(": ")
                .append(session.national() ? t.get("session.national") : line(session.regionName()))
                .append('\n');
        if (session.location() != null) {
            md.append("- ")
                    .append(t.get("session.location"))
                    .append(": ")
                    .append(line(session.location()))
                    .append('\n');
        }
        md.append("\n## ").append(t.get("session.attendees")).append("\n\n");
        if (minutes.attendees().isEmpty()) {
            md.append(t.get("minutes.attendees.none")).append("\n");
        }
        minutes.attendees()
                .forEach(attendee ->
                        md.append("- ").append(line(attendee.displayName())).append('\n'));
        md.append("\n## ").append(t.get("session.agenda")).append("\n");
        for (AgendaItem item : session.agenda()) {
            md.append("\n### ")
                    .append(item.position())
                    .append(". ")
                    .append(line(item.title()))
                    .append("\n\n");
            String notes = item.notes() == null ? "" : item.notes().strip();
            md.append(notes.isEmpty() ? "_" + t.get("minutes.no-notes") + "_" : notes)
                    .append("\n");
            List<Decision> decisions = minutes.outcomes().decisionsOf(item.id());
            if (!decisions.isEmpty()) {
                md.append("\n**").append(t.get("decision.heading")).append("**\n\n");
                decisions.forEach(decision ->
                        md.append("- ").append(line(decision.description())).append('\n'));
            }
            List<ActionItem> actions = minutes.outcomes().actionsOf(item.id());
            if (!actions.isEmpty()) {
                md.append("\n**").append(t.get("action-item.heading")).append("**\n\n");
                actions.forEach(action -> md.append("- ")
                        .append(line(action.description()))
                        .append(" — ")
                        .append(t.get(
                                "action-item.owned-by",
                                line(action.ownerName()),
                                line(action.organisationName()),
                                DutchFormats.date(action.dueDate())))
                        .append(" — ")
                        .append(t.get("action-status." + action.status().name()))
                        .append('\n'));
            }
        }
        md.append("\n## ").append(t.get("minutes.history")).append("\n\n");
        md.append("- ")
                .append(t.get(
                        "minutes.history.first",
                        DutchFormats.dateTime(minutes.closing().closedAt()),
                        minutes.closing().closedBy()))
                .append('\n');
        for (MinutesCorrection correction : minutes.accepted()) {
            md.append("- ")
                    .append(t.get(
                            "minutes.history.correction",
                            correction.minutesVersion(),
                            line(correction.agendaItemTitle()),
                            correction.proposedBy(),
                            correction.decidedBy(),
                            DutchFormats.dateTime(correction.decidedAt()),
                            line(correction.reason())))
                    .append('\n');
        }
        return md.toString();
    }

    /** One-line user text for a heading or list item: line breaks would end it early. */
    private static String line(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
