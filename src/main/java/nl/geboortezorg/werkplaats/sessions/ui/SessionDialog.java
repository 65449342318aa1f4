package nl.geboortezorg.werkplaats.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.users.UserAccount;
import nl.geboortezorg.werkplaats.users.UserFilter;
import nl.geboortezorg.werkplaats.users.UserService;

/**
 * Plans a working session: when and where, for one region or nationally, an ordered agenda and the
 * invitees. On refusal the dialog stays open with everything typed and the problems at the fields.
 */
class SessionDialog extends Dialog {

    private final TextField title = new TextField();
    private final Select<Optional<RegionSummary>> scope = new Select<>();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final TextField location = new TextField();
    private final TextField onlineLink = new TextField();
    private final MultiSelectComboBox<UserAccount> invitees = new MultiSelectComboBox<>();
    private final Div agenda = new Div();
    private final List<AgendaRow> rows = new ArrayList<>();
    private final Div agendaErrors = new Div();
    private final FormErrors errors = new FormErrors();
    private final UserService users;

    SessionDialog(WorkSessionService sessions, RegionService regions, UserService users, Consumer<WorkSession> saved) {
        this.users = users;
        setHeaderTitle(getTranslation("sessions.new"));
        title.setLabel(getTranslation("session.title"));
        title.setId("session-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(WorkSessionDraft.TITLE_MAX);
        scope.setLabel(getTranslation("session.scope"));
        scope.setId("session-scope");
        List<Optional<RegionSummary>> scopes = new ArrayList<>();
        scopes.add(Optional.empty());
        regions.regions().forEach(region -> scopes.add(Optional.of(region)));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(choice -> choice.map(RegionSummary::name)
                .orElse(getTranslation("session.national")));
        scope.setValue(Optional.empty());
        startsAt.setLabel(getTranslation("session.starts-at"));
        startsAt.setId("session-starts-at");
        startsAt.setRequiredIndicatorVisible(true);
        endsAt.setLabel(getTranslation("session.ends-at"));
        endsAt.setId("session-ends-at");
        endsAt.setRequiredIndicatorVisible(true);
        startsAt.addValueChangeListener(event -> {
            if (event.getValue() != null && endsAt.isEmpty()) {
                endsAt.setValue(event.getValue().plusHours(2));
            }
        });
        location.setLabel(getTranslation("session.location"));
        location.setMaxLength(WorkSessionDraft.LOCATION_MAX);
        onlineLink.setLabel(getTranslation("session.online-link"));
        onlineLink.setId("session-link");
        onlineLink.setMaxLength(WorkSessionDraft.LINK_MAX);
        invitees.setLabel(getTranslation("session.invitees"));
        invitees.setId("session-invitees");
        invitees.setItemLabelGenerator(UserAccount::displayName);
        invitees.setItems(query -> users.find(new UserFilter(query.getFilter().orElse(null), null, false),
                query.getOffset(), query.getLimit()).stream());
        errors.bind("title", title).bind("startsAt", startsAt).bind("endsAt", endsAt).bind("location", location)
                .bind("onlineLink", onlineLink).bind("inviteeIds", invitees).bind("regionId", scope);

        agenda.setId("agenda-rows");
        agendaErrors.addClassName("agenda-errors");
        agendaErrors.getElement().setAttribute("role", "alert");
        Button addItem = new Button(getTranslation("session.agenda.add"), VaadinIcon.PLUS.create(),
                click -> addRow());
        addItem.setId("add-agenda-item");
        addRow();

        FormLayout form = new FormLayout(title, scope, startsAt, endsAt, location, onlineLink, invitees);
        add(form, new H3(getTranslation("session.agenda")), agenda, agendaErrors, addItem);

        Button save = new Button(getTranslation("action.save"));
        save.setId("save-session");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                WorkSession created = sessions.create(draft());
                close();
                saved.accept(created);
            } catch (ValidationException invalid) {
                // Agenda problems go under the agenda; the others to their fields.
                errors.show(new ValidationException(invalid.problems().stream()
                        .filter(problem -> !problem.field().equals("agenda")).toList()), this);
                agendaErrors.setText(invalid.problems().stream()
                        .filter(problem -> problem.field().equals("agenda"))
                        .map(problem -> FormErrors.message(problem, this))
                        .collect(Collectors.joining(" ")));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(60rem, 95vw)");
    }

    private void addRow() {
        AgendaRow row = new AgendaRow();
        rows.add(row);
        agenda.add(row);
    }

    private WorkSessionDraft draft() {
        return new WorkSessionDraft(scope.getValue() == null ? null : scope.getValue().map(RegionSummary::id).orElse(null),
                title.getValue(), startsAt.getValue(), endsAt.getValue(), location.getValue(), onlineLink.getValue(),
                rows.stream().map(AgendaRow::draft).toList(),
                invitees.getValue().stream().map(UserAccount::id).collect(Collectors.toSet()));
    }

    /** One agenda line: title, minutes, optional owner, and a way to remove it. */
    private final class AgendaRow extends HorizontalLayout {

        private final TextField itemTitle = new TextField();
        private final IntegerField minutes = new IntegerField();
        private final ComboBox<UserAccount> owner = new ComboBox<>();

        AgendaRow() {
            int number = rows.size() + 1;
            itemTitle.setLabel(getTranslation("session.agenda.item-title", number));
            itemTitle.setMaxLength(AgendaItemDraft.TITLE_MAX);
            itemTitle.addClassName("agenda-title");
            minutes.setLabel(getTranslation("session.agenda.minutes"));
            minutes.setMin(1);
            minutes.setMax(AgendaItemDraft.DURATION_MAX);
            minutes.setValue(30);
            minutes.setStepButtonsVisible(true);
            owner.setLabel(getTranslation("session.agenda.owner"));
            owner.setClearButtonVisible(true);
            owner.setItemLabelGenerator(UserAccount::displayName);
            owner.setItems(query -> users.find(new UserFilter(query.getFilter().orElse(null), null, false),
                    query.getOffset(), query.getLimit()).stream());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                agenda.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("session.agenda.remove", number));
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(itemTitle, minutes, owner, remove);
        }

        AgendaItemDraft draft() {
            return new AgendaItemDraft(itemTitle.getValue(), minutes.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id());
        }
    }
}
