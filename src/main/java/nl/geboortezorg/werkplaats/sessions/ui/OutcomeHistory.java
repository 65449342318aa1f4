package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.sessions.OutcomeRevision;

/**
 * Whether a decision or action was edited: "bewerkt door X op 3 maart 2027 14:05", and its earlier
 * versions in a list that opens on request, each with who replaced it and when.
 */
final class OutcomeHistory {

    private OutcomeHistory() {}

    /** Nothing for an outcome never edited. */
    static Optional<Div> of(Component context, List<OutcomeRevision> revisions) {
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        OutcomeRevision last = revisions.getLast();
        Span edited = new Span(
                context.getTranslation("outcome.edited-by", last.changedBy(), DutchFormats.dateTime(last.changedAt())));
        edited.addClassName("outcome-edited");
        UnorderedList earlier = new UnorderedList();
        earlier.addClassName("outcome-revisions");
        // newest first: the version just replaced is the one most often looked for
        for (OutcomeRevision revision : revisions.reversed()) {
            ListItem entry = new ListItem();
            entry.addClassName("outcome-revision");
            Span description = new Span(revision.description());
            description.addClassName("outcome-revision-description");
            entry.add(description);
            if (revision.ownerName() != null && revision.organisationName() != null && revision.dueDate() != null) {
                Span meta = new Span(context.getTranslation(
                        "action-item.owned-by",
                        revision.ownerName(),
                        revision.organisationName(),
                        DutchFormats.date(revision.dueDate())));
                meta.addClassName("action-meta");
                entry.add(meta);
            }
            Span replaced = new Span(context.getTranslation(
                    "outcome.revision.replaced", revision.changedBy(), DutchFormats.dateTime(revision.changedAt())));
            replaced.addClassName("outcome-revision-replaced");
            entry.add(replaced);
            earlier.add(entry);
        }
        Details versions = new Details(context.getTranslation("outcome.earlier-versions", revisions.size()), earlier);
        versions.addClassName("outcome-history");
        Div history = new Div(edited, versions);
        history.addClassName("outcome-history-holder");
        return Optional.of(history);
    }
}
