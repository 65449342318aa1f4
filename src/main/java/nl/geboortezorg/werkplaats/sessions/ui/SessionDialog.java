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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.ui.DraftKeeper;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.sessions.AgendaItem;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.AgendaSuggestion;
import nl.geboortezorg.werkplaats.sessions.OwnerChoices.Choice;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import org.jspecify.annotations.Nullable;

/**
 * Plans a working session, or changes the plan of one that has not started: when and where, for
 * one region or nationally, an ordered agenda and the invitees. On refusal the dialog stays open
 * with everything typed and the problems at the fields.
 */
class SessionDialog extends Dialog {

    /** What saving does: the service call that creates the session or changes its plan. */
    interface Save {
        WorkSession save(WorkSessionDraft draft);
    }

    /** The field of an agenda row's title in a draft. */
    private static final Pattern AGENDA_ROW_FIELD = Pattern.compile("agenda-(\\d{1,4})-title");

    private final TextField title = new TextField();
    private final Select<Optional<RegionSummary>> scope = new Select<>();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final TextField location = new TextField();
    private final TextField onlineLink = new TextField();
    private final MultiSelectComboBox<Choice> invitees = new MultiSelectComboBox<>();
    private final Div agenda = new Div();
    private final List<AgendaRow> rows = new ArrayList<>();
    private final Div agendaErrors = new Div();
    private final FormErrors errors = new FormErrors();
    private final CallbackDataProvider.FetchCallback<Choice, String> people;
    private final AgendaSuggestions suggestions;
    /** Numbers the agenda rows for their draft, in the order they were made. */
    private int rowsMade;

    private @Nullable DraftKeeper draft;

    /**
     * @param existing the session whose plan changes, or null for a new one
     * @param people the active users who may be invited or own an agenda item
     * @param reload closes the dialog and shows the saved state, after someone else saved first
     */
    SessionDialog(
            @Nullable WorkSession existing,
            List<RegionSummary> regions,
            CallbackDataProvider.FetchCallback<Choice, String> people,
            Function<Long, List<AgendaSuggestion>> suggest,
            Save save,
            Consumer<WorkSession> saved,
            Runnable reload) {
        this.people = people;
        this.suggestions = new AgendaSuggestions(suggest, this::addSuggested);
        setHeaderTitle(getTranslation(existing == null ? "sessions.new" : "session.edit.title"));
        title.setLabel(getTranslation("session.title"));
        title.setId("session-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(WorkSessionDraft.TITLE_MAX);
        scope.setLabel(getTranslation("session.scope"));
        scope.setId("session-scope");
        List<Optional<RegionSummary>> scopes = new ArrayList<>();
        scopes.add(Optional.empty());
        regions.forEach(region -> scopes.add(Optional.of(region)));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(
                choice -> choice.map(RegionSummary::name).orElse(getTranslation("session.national")));
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
        location.setId("session-location");
        location.setMaxLength(WorkSessionDraft.LOCATION_MAX);
        onlineLink.setLabel(getTranslation("session.online-link"));
        onlineLink.setId("session-link");
        onlineLink.setMaxLength(WorkSessionDraft.LINK_MAX);
        invitees.setLabel(getTranslation("session.invitees"));
        invitees.setId("session-invitees");
        invitees.setItemLabelGenerator(Choice::name);
        invitees.setItems(people);
        errors.bind("title", title)
                .bind("startsAt", startsAt)
                .bind("endsAt", endsAt)
                .bind("location", location)
                .bind("onlineLink", onlineLink)
                .bind("inviteeIds", invitees)
                .bind("regionId", scope);

        agenda.setId("agenda-rows");
        agendaErrors.addClassName("agenda-errors");
        agendaErrors.getElement().setAttribute("role", "alert");
        Button addItem =
                new Button(getTranslation("session.agenda.add"), VaadinIcon.PLUS.create(), click -> addRow(null));
        addItem.setId("add-agenda-item");
        if (existing == null) {
            addRow(null);
        } else {
            fill(existing, scopes);
        }
        scope.addValueChangeListener(change -> showSuggestions());
        showSuggestions();

        FormLayout form = new FormLayout(title, scope, startsAt, endsAt, location, onlineLink, invitees);
        add(form, new H3(getTranslation("session.agenda")), agenda, agendaErrors, addItem, suggestions);
        keepDraft(
                existing == null
                        ? DraftKey.forNew(DraftForm.SESSION_PLAN)
                        : DraftKey.forItem(DraftForm.SESSION_PLAN, existing.id()));

        Button saveButton = new Button(getTranslation("action.save"));
        saveButton.setId("save-session");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickListener(click -> {
            try {
                WorkSession result = save.save(draft());
                Objects.requireNonNull(draft, "kept since the dialog was made").saved();
                close();
                Notifications.success(getTranslation("action.saved"));
                saved.accept(result);
            } catch (ValidationException invalid) {
                showProblems(invalid);
            } catch (ConcurrentEditException stale) {
                ConcurrentEditDialog.open(saveButton, () -> {
                    close();
                    reload.run();
                });
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        setWidth("min(60rem, 95vw)");
    }

    /**
     * Keeps the free text of the plan as the writer's draft: title, location, link, and the title
     * of every agenda row. Each row is named by the order it was made in ("agenda-2-title"), not
     * by its place, so that moving rows does not mix up their texts. A row removed is taken out
     * of the draft, and rows the draft names beyond those the dialog starts with are added before
     * it is restored. The draft holds text only: after a restore the rows have the saved plan's
     * order, durations and owners (and a removed row of the saved plan is back), which are
     * quickly chosen again; keeping the list's whole shape would need a second agenda editor.
     */
    private void keepDraft(DraftKey key) {
        Set<String> earlier = DraftKeeper.fieldsOfDraft(key);
        earlier.stream()
                .map(SessionDialog::rowNumber)
                .flatMap(Optional::stream)
                .filter(number -> number >= rowsMade)
                .sorted()
                .forEach(number -> {
                    rowsMade = number;
                    addRow(null);
                });
        Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("location", location);
        fields.put("online-link", onlineLink);
        rows.forEach(row -> fields.put(row.draftName, row.itemTitle));
        draft = DraftKeeper.keep(this, key, fields);
    }

    /** The number of an agenda row's field in a draft, "agenda-2-title" for row 2. */
    private static Optional<Integer> rowNumber(String field) {
        Matcher row = AGENDA_ROW_FIELD.matcher(field);
        return row.matches() ? Optional.of(Integer.valueOf(row.group(1))) : Optional.empty();
    }

    private void fill(WorkSession session, List<Optional<RegionSummary>> scopes) {
        title.setValue(session.title());
        scopes.stream()
                .filter(choice -> Objects.equals(choice.map(RegionSummary::id).orElse(null), session.regionId()))
                .findFirst()
                .ifPresent(scope::setValue);
        // The end first, so that setting the start does not suggest an end of its own.
        endsAt.setValue(DutchTime.dutch(session.endsAt()));
        startsAt.setValue(DutchTime.dutch(session.startsAt()));
        location.setValue(Objects.requireNonNullElse(session.location(), ""));
        onlineLink.setValue(Objects.requireNonNullElse(session.onlineLink(), ""));
        invitees.setValue(session.invitees().stream()
                .map(invitee -> new Choice(invitee.userId(), invitee.displayName()))
                .collect(Collectors.toSet()));
        session.agenda().forEach(this::addRow);
    }

    private void showProblems(ValidationException invalid) {
        // Agenda problems go under the agenda; the others to their fields.
        errors.show(
                new ValidationException(invalid.problems().stream()
                        .filter(problem -> !problem.field().equals("agenda"))
                        .toList()),
                this);
        agendaErrors.setText(invalid.problems().stream()
                .filter(problem -> problem.field().equals("agenda"))
                .map(problem -> FormErrors.message(problem, this))
                .collect(Collectors.joining(" ")));
    }

    private void addRow(@Nullable AgendaItem item) {
        AgendaRow row = new AgendaRow(item, "agenda-" + rowsMade++ + "-title");
        rows.add(row);
        agenda.add(row);
        renumber();
        if (draft != null) {
            draft.add(row.draftName, row.itemTitle);
        }
    }

    private void showSuggestions() {
        Optional<RegionSummary> chosen = scope.getValue() == null ? Optional.empty() : scope.getValue();
        suggestions.showFor(
                chosen.map(RegionSummary::id).orElse(null),
                rows.stream()
                        .map(row -> row.bottleneckId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
    }

    /** A suggestion taken: it fills the one empty row there is, or becomes a new row. */
    private void addSuggested(String itemTitle, @Nullable Long bottleneckId) {
        String fitting = itemTitle.length() > AgendaItemDraft.TITLE_MAX
                ? itemTitle.substring(0, AgendaItemDraft.TITLE_MAX)
                : itemTitle;
        AgendaRow row = rows.stream()
                .filter(r -> r.itemTitle.isEmpty() && r.bottleneckId == null)
                .findFirst()
                .orElseGet(() -> {
                    addRow(null);
                    return rows.getLast();
                });
        row.itemTitle.setValue(fitting);
        row.about(bottleneckId);
    }

    private void remove(AgendaRow row) {
        rows.remove(row);
        agenda.remove(row);
        renumber();
        if (draft != null) {
            draft.remove(row.draftName);
        }
    }

    /** Moves a row up (-1) or down (+1) and keeps the keyboard focus on the row that moved. */
    private void move(AgendaRow row, int step, Button pressed) {
        int from = rows.indexOf(row);
        rows.remove(from);
        rows.add(from + step, row);
        agenda.removeAll();
        rows.forEach(agenda::add);
        renumber();
        (pressed.isEnabled() ? pressed : row.otherMoveButton(pressed)).focus();
    }

    /** Labels say each item's number, so that the service's "agenda item 2" means the second row. */
    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1, i == 0, i == rows.size() - 1);
        }
    }

    /** What the facilitator typed is Dutch time. */
    private static @Nullable Instant moment(@Nullable LocalDateTime dutch) {
        return dutch == null ? null : DutchTime.instant(dutch);
    }

    private WorkSessionDraft draft() {
        return new WorkSessionDraft(
                scope.getValue() == null
                        ? null
                        : scope.getValue().map(RegionSummary::id).orElse(null),
                title.getValue(),
                moment(startsAt.getValue()),
                moment(endsAt.getValue()),
                location.getValue(),
                onlineLink.getValue(),
                rows.stream().map(AgendaRow::draft).toList(),
                invitees.getValue().stream().map(Choice::id).collect(Collectors.toSet()));
    }

    /** One agenda line: title, minutes, optional owner, and buttons to move or remove it. */
    private final class AgendaRow extends HorizontalLayout {

        private final TextField itemTitle = new TextField();
        private final IntegerField minutes = new IntegerField();
        private final ComboBox<Choice> owner = new ComboBox<>();
        private final Button up = new Button(VaadinIcon.ARROW_UP.create());
        private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        private final Button remove = new Button(VaadinIcon.TRASH.create());
        private final String draftName;
        private final Span aboutBottleneck = new Span();
        private @Nullable Long bottleneckId;

        AgendaRow(@Nullable AgendaItem item, String draftName) {
            this.draftName = draftName;
            itemTitle.setMaxLength(AgendaItemDraft.TITLE_MAX);
            itemTitle.addClassName("agenda-title");
            minutes.setLabel(getTranslation("session.agenda.minutes"));
            minutes.setMin(1);
            minutes.setMax(AgendaItemDraft.DURATION_MAX);
            minutes.setValue(30);
            minutes.setStepButtonsVisible(true);
            owner.setLabel(getTranslation("session.agenda.owner"));
            owner.setClearButtonVisible(true);
            owner.setItemLabelGenerator(Choice::name);
            owner.setItems(people);
            if (item != null) {
                itemTitle.setValue(item.title());
                minutes.setValue(item.durationMinutes());
                if (item.ownerId() != null) {
                    owner.setValue(new Choice(item.ownerId(), item.ownerName()));
                }
            }
            aboutBottleneck.addClassName("agenda-about-bottleneck");
            aboutBottleneck.getElement().getThemeList().add("badge contrast");
            about(item == null ? null : item.bottleneckId());
            up.addClickListener(click -> move(this, -1, up));
            down.addClickListener(click -> move(this, 1, down));
            remove.addClickListener(click -> SessionDialog.this.remove(this));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            up.addClassName("agenda-move-up");
            down.addClassName("agenda-move-down");
            remove.addClassName("agenda-remove");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(itemTitle, minutes, owner, aboutBottleneck, up, down, remove);
        }

        /** The bottleneck the item is about, marked next to its title. */
        void about(@Nullable Long bottleneck) {
            bottleneckId = bottleneck;
            aboutBottleneck.setText(getTranslation("session.agenda.about-bottleneck"));
            aboutBottleneck.setVisible(bottleneck != null);
        }

        void number(int number, boolean first, boolean last) {
            itemTitle.setLabel(getTranslation("session.agenda.item-title", number));
            up.setAriaLabel(getTranslation("session.agenda.move-up", number));
            down.setAriaLabel(getTranslation("session.agenda.move-down", number));
            remove.setAriaLabel(getTranslation("session.agenda.remove", number));
            up.setEnabled(!first);
            down.setEnabled(!last);
        }

        Button otherMoveButton(Button pressed) {
            return pressed == up ? down : up;
        }

        AgendaItemDraft draft() {
            return new AgendaItemDraft(
                    itemTitle.getValue(),
                    minutes.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(),
                    bottleneckId);
        }
    }
}
