package nl.geboortezorg.werkplaats.sessions;

import java.util.List;

/**
 * What a session produced so far: decisions and actions per agenda item, and the open actions of
 * earlier sessions of the same scope that it should pick up (empty for observers). The flags say
 * whether the viewer may record new ones (while the session runs), and change actions' status and
 * edit decisions and actions (whoever takes part, also after the session closed).
 */
public record SessionOutcomes(
        List<Decision> decisions,
        List<ActionItem> actions,
        List<ActionItem> carriedForward,
        boolean mayRecord,
        boolean mayUpdateActions) {

    public SessionOutcomes {
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
        carriedForward = List.copyOf(carriedForward);
    }

    public List<Decision> decisionsOf(long agendaItemId) {
        return decisions.stream()
                .filter(decision -> decision.agendaItemId() == agendaItemId)
                .toList();
    }

    public List<ActionItem> actionsOf(long agendaItemId) {
        return actions.stream()
                .filter(action -> action.agendaItemId() == agendaItemId)
                .toList();
    }
}
