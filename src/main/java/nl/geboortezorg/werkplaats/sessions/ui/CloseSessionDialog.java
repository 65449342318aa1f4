package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;

/**
 * Closes a running session: the facilitator confirms who attended (the invitees and whoever had the
 * session open are ticked already), then the notes lock and the minutes are published.
 */
class CloseSessionDialog extends Dialog {

    CloseSessionDialog(
            WorkSessionService sessions,
            WorkSession session,
            Collection<OwnerChoices.Choice> people,
            Set<Long> present,
            Runnable closed) {
        setHeaderTitle(getTranslation("session.close.title"));
        Map<Long, OwnerChoices.Choice> candidates = new LinkedHashMap<>();
        session.invitees()
                .forEach(invitee -> candidates.put(
                        invitee.userId(), new OwnerChoices.Choice(invitee.userId(), invitee.displayName())));
        people.forEach(person -> candidates.putIfAbsent(person.id(), person));
        CheckboxGroup<OwnerChoices.Choice> attendees = new CheckboxGroup<>(getTranslation("session.attendees"));
        attendees.setId("attendees");
        attendees.setItems(candidates.values());
        attendees.setItemLabelGenerator(OwnerChoices.Choice::name);
        attendees.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        attendees.setValue(candidates.values().stream()
                .filter(choice -> present.contains(choice.id())
                        || session.invitees().stream().anyMatch(invitee -> invitee.userId() == choice.id()))
                .collect(Collectors.toSet()));
        FormErrors errors = new FormErrors().bind("attendeeIds", attendees);
        add(new Paragraph(getTranslation("session.close.explanation")), attendees);

        Button confirm = new Button(getTranslation("session.close"));
        confirm.setId("confirm-close");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                sessions.close(
                        session.id(),
                        session.version(),
                        attendees.getValue().stream()
                                .map(OwnerChoices.Choice::id)
                                .collect(Collectors.toSet()));
                close();
                closed.run();
            } catch (ValidationException invalid) {
                errors.show(invalid, this);
            } catch (ConcurrentEditException stale) {
                // The chosen attendees stay in the open dialog until the user chooses to reload.
                ConcurrentEditDialog.open(confirm, () -> {
                    close();
                    closed.run();
                });
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("min(36rem, 95vw)");
    }
}
