package nl.geboortezorg.werkplaats.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.HostileValues;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.Fixture;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every form of every view gets every generated hostile value (see {@link HostileValues}): each
 * value goes into one of the form's text fields, a form with k fields takes k values per save.
 * After each save the form has either saved (the dialog closed, or the inline field emptied) or
 * refused with a message at a field or in a notification, keeping every typed value; no
 * exception reaches the user; and nothing on the screen, the saved item's page included, holds an
 * element or attribute that could run a script. Each round of saves is one transaction, rolled back.
 */
class HostileFormInputTest extends ViewTest {

    /** Saves per transaction. */
    private static final int ROUND = 100;
    /**
     * Values per form: every script payload and a spread of the others, a different spread for
     * each form. A save through a view costs tens of milliseconds here, so the thousand and more
     * values go through every service method beneath ({@code HostileServiceInputTest}), and through
     * the views with {@code -Dhostile.per-form=all}.
     */
    private static final int PER_FORM = "all".equals(System.getProperty("hostile.per-form"))
            ? Integer.MAX_VALUE
            : Integer.getInteger("hostile.per-form", 120);

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * One form: who uses it, where (the path may make a fresh item when the previous save used
     * it up), the buttons that open it, its save button (none for filters, which act on every
     * change) and the ids of its fields when it lies on the page rather than in a dialog.
     */
    record Form(
            String name,
            String user,
            Function<Targets, String> path,
            List<String> openers,
            String save,
            List<String> fieldIds) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The items the forms work on, made once per form and again when a save used one up. */
    final class Targets {
        final Fixture fixture;
        boolean used;

        Targets(Fixture fixture) {
            this.fixture = fixture;
        }

        /** A fresh item from the maker (as admin) when the last save used the previous one up. */
        <T> T fresh(String key, java.util.function.Supplier<T> maker) {
            @SuppressWarnings("unchecked")
            T current = (T) made.get(key);
            if (current == null || used) {
                String user = signedIn;
                SignIn.as(users, DemoUsers.ADMIN);
                current = maker.get();
                SignIn.as(users, user);
                made.put(key, current);
                used = false;
            }
            return current;
        }

        private final Map<String, Object> made = new LinkedHashMap<>();

        /** A new bottleneck of Den Haag, for forms a bottleneck allows once (recognising, promoting). */
        long newBottleneck() {
            return bottlenecks
                    .raise(fixture.denHaag().id(), ServiceFixtures.bottleneckDraft("Nog een knelpunt"))
                    .id();
        }

        /** A new bottleneck of Den Haag that a facilitator closed, for reopening it once. */
        long newClosedBottleneck() {
            Bottleneck raised =
                    bottlenecks.raise(fixture.denHaag().id(), ServiceFixtures.bottleneckDraft("Gesloten knelpunt"));
            return agenda.changeStatus(raised.id(), raised.version(), BottleneckStatus.CLOSED, "Buiten de opdracht")
                    .id();
        }

        /** A new submitted factsheet of Den Haag, for returning it to its writers once. */
        long newSubmitted() {
            FactsheetVersion draft = factsheets.create(
                    fixture.denHaag().id(),
                    ServiceFixtures.factsheetDraft(
                            "Ingediend", List.of(fixture.organisation().id())));
            return factsheets.submit(draft.id(), draft.version()).factsheetId();
        }
    }

    private static Form dialog(
            String name, String user, Function<Targets, String> path, String save, String... openers) {
        return new Form(name, user, path, List.of(openers), save, List.of());
    }

    private static Form inline(
            String name, String user, Function<Targets, String> path, String save, String... fields) {
        return new Form(name, user, path, List.of(), save, List.of(fields));
    }

    static Stream<Form> forms() {
        return allForms()
                .filter(f -> System.getProperty("hostile.forms") == null
                        || f.name().matches(System.getProperty("hostile.forms")));
    }

    static Stream<Form> allForms() {
        return Stream.of(
                dialog(
                        "raise bottleneck",
                        DemoUsers.DEN_HAAG,
                        t -> "knelpunten",
                        "save-bottleneck",
                        "raise-bottleneck"),
                dialog(
                        "edit bottleneck",
                        DemoUsers.DEN_HAAG,
                        t -> "knelpunten/" + t.fixture.bottleneck().id(),
                        "save-bottleneck",
                        "edit-bottleneck"),
                dialog(
                        "recognise",
                        DemoUsers.UTRECHT,
                        t -> "knelpunten/" + t.fresh("bottleneck", t::newBottleneck),
                        "save-recognition",
                        "recognise"),
                inline(
                        "comment",
                        DemoUsers.UTRECHT,
                        t -> "knelpunten/" + t.fixture.bottleneck().id(),
                        "post-comment",
                        "comment-body"),
                dialog(
                        "withdraw",
                        DemoUsers.DEN_HAAG,
                        t -> "knelpunten/" + t.fresh("withdraw", t::newBottleneck),
                        "save-withdraw",
                        "withdraw-bottleneck"),
                dialog(
                        "reopen",
                        DemoUsers.FACILITATOR,
                        t -> "knelpunten/" + t.fresh("reopen", t::newClosedBottleneck),
                        "save-reopen",
                        "reopen-bottleneck"),
                dialog(
                        "promote",
                        DemoUsers.FACILITATOR,
                        t -> "knelpunten/" + t.fresh("promote", t::newBottleneck),
                        "save-agenda",
                        "promote"),
                dialog(
                        "status",
                        DemoUsers.FACILITATOR,
                        t -> "knelpunten/" + t.fixture.bottleneck().id(),
                        "save-status",
                        "change-status"),
                dialog(
                        "response",
                        DemoUsers.FACILITATOR,
                        t -> "knelpunten/" + t.fixture.promoted().id(),
                        "save-response",
                        "record-response"),
                dialog(
                        "follow-up",
                        DemoUsers.FACILITATOR,
                        t -> "knelpunten/" + t.fixture.promoted().id(),
                        "save-follow-up",
                        "record-follow-up"),
                dialog(
                        "agenda",
                        DemoUsers.FACILITATOR,
                        t -> "knelpunten/" + t.fixture.promoted().id(),
                        "save-agenda",
                        "edit-agenda"),
                dialog("new session", DemoUsers.FACILITATOR, t -> "sessies", "save-session", "new-session"),
                dialog(
                        "edit session",
                        DemoUsers.FACILITATOR,
                        t -> "sessies/" + t.fixture.planned().id(),
                        "save-session",
                        "edit-session"),
                inline(
                        "notes",
                        DemoUsers.FACILITATOR,
                        t -> "sessies/" + t.fixture.running().id(),
                        null,
                        "notes-"),
                dialog(
                        "correction",
                        DemoUsers.DEN_HAAG,
                        t -> "sessies/" + t.fixture.closed().id(),
                        "submit-correction",
                        "propose-correction"),
                dialog(
                        "new factsheet",
                        DemoUsers.DEN_HAAG,
                        t -> "factsheets",
                        "save-factsheet",
                        "new-factsheet",
                        "add-key-figure"),
                dialog(
                        "return factsheet",
                        DemoUsers.FACILITATOR,
                        t -> "factsheets/" + t.fresh("submitted", t::newSubmitted),
                        "confirm-return",
                        "return-factsheet"),
                dialog("new analysis", DemoUsers.DEN_HAAG, t -> "mkba", "save-mkba", "new-mkba"),
                dialog(
                        "analysis heading",
                        DemoUsers.DEN_HAAG,
                        t -> "mkba/" + t.fixture.mkba().draft(),
                        "save-mkba",
                        "edit-mkba"),
                dialog(
                        "stakeholder",
                        DemoUsers.DEN_HAAG,
                        t -> "mkba/" + t.fixture.mkba().draft(),
                        "save-stakeholder",
                        "add-stakeholder"),
                dialog(
                        "line item",
                        DemoUsers.DEN_HAAG,
                        t -> "mkba/" + t.fixture.mkba().draft(),
                        "save-item",
                        "add-benefit"),
                dialog(
                        "effect",
                        DemoUsers.DEN_HAAG,
                        t -> "mkba/" + t.fixture.mkba().draft(),
                        "save-effect",
                        "add-effect"),
                dialog(
                        "scenario",
                        DemoUsers.DEN_HAAG,
                        t -> "mkba/" + t.fixture.mkba().published(),
                        "save-scenario",
                        "scenario-mkba"),
                dialog(
                        "organisation",
                        DemoUsers.DEN_HAAG,
                        t -> "regio/den-haag",
                        "save-organisation",
                        "add-organisation"),
                dialog("user", DemoUsers.ADMIN, t -> "gebruikers", "save-user", "new-user"),
                dialog("region", DemoUsers.ADMIN, t -> "beheer/regios", "save-region", "new-region"),
                inline(
                        "password",
                        DemoUsers.OBSERVER,
                        t -> "wachtwoord-wijzigen",
                        "change-password",
                        "current-password",
                        "new-password",
                        "repeat-password"),
                inline("anchoring", DemoUsers.DEN_HAAG, t -> "verankering", "anchoring-save", "anchoring-comment-"),
                inline("search", DemoUsers.UTRECHT, t -> "zoeken", "search-button", "search-words"),
                inline("bottleneck filter", DemoUsers.UTRECHT, t -> "knelpunten", null, "filter-text"),
                inline("factsheet filter", DemoUsers.UTRECHT, t -> "factsheets", null, "factsheet-filter-text"),
                inline("document filter", DemoUsers.UTRECHT, t -> "documenten", null, "document-filter-text"),
                inline("analysis filter", DemoUsers.UTRECHT, t -> "mkba", null, "mkba-filter-text"),
                inline("user filter", DemoUsers.ADMIN, t -> "gebruikers", null, "user-search"),
                inline("audit filter", DemoUsers.ADMIN, t -> "audit", null, "audit-actor"),
                inline("knowledge base", DemoUsers.OBSERVER, t -> "kennisbank", null, "knowledge-base-search"));
    }

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    FactsheetService factsheets;

    private String signedIn;

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void every_hostile_value_is_saved_or_refused_with_a_message_and_nothing_runs(Form form) {
        signedIn = form.user();
        List<String> values = HostileValues.sample(PER_FORM, form.name().hashCode());
        List<String> defects = new ArrayList<>();
        int[] next = {0};
        int[] saves = {0};
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        while (next[0] < values.size() && defects.size() < 20) {
            // A transaction per round of saves, rolled back: a form's thousand saves leave nothing behind.
            transaction.executeWithoutResult(status -> {
                // a fresh browser window per round too, so that no round inherits the last one's pages
                MockVaadin.tearDown();
                openAs(form.user(), "");
                Targets targets = new Targets(new ServiceFixtures(context).make());
                SignIn.as(users, form.user());
                for (int round = 0; round < ROUND && next[0] < values.size() && defects.size() < 20; round++) {
                    attempt(form, targets, values, next, defects);
                    saves[0]++;
                }
                status.setRollbackOnly();
            });
        }
        System.out.println("Hostile input, " + form + ": " + values.size() + " values in " + saves[0] + " saves");
        assertThat(defects).as(form + " after " + saves[0] + " saves").isEmpty();
        assertThat(next[0]).isGreaterThanOrEqualTo(values.size());
    }

    /** Opens the form, types the next values into its fields, saves and judges what happened. */
    private void attempt(Form form, Targets targets, List<String> values, int[] next, List<String> defects) {
        Component form0 = reopen(form, targets);
        List<HasValue<?, String>> fields = fields(form, form0);
        assertThat(fields).as(form + ": text fields").isNotEmpty();
        fillChoices(form0);
        Map<HasValue<?, String>, String> typed = new LinkedHashMap<>();
        for (HasValue<?, String> field : fields) {
            String value = values.get(next[0]++ % values.size());
            _setValue(field, value);
            typed.put(field, value);
        }
        NotificationsKt.clearNotifications();
        try {
            if (form.save() != null) {
                _click(_get(Button.class, spec -> spec.withId(form.save())));
                confirmPersonalData();
            } else {
                UI.getCurrent()
                        .getChildren()
                        .flatMap(c -> _find(c, Grid.class).stream())
                        .forEach(grid -> GridKt._fetch(grid, 0, 20));
            }
            targets.used = judge(form, form0, typed, defects);
            defects.addAll(executable(UI.getCurrent().getElement()).stream()
                    .map(found -> describe(typed.values()) + " -> rendered " + found)
                    .toList());
        } catch (Exception failure) {
            defects.add(describe(typed.values()) + " -> " + failure);
            targets.used = true;
        }
        MockVaadin.clientRoundtrip(false);
    }

    /**
     * The form as the last save left it: the dialog still open after a refusal, or else opened
     * again with its button, on its page (again) only when the button or field is not on screen.
     */
    private Component reopen(Form form, Targets targets) {
        java.util.Optional<Dialog> open =
                _find(Dialog.class).stream().filter(Dialog::isOpened).reduce((a, b) -> b);
        if (open.isPresent() && !form.openers().isEmpty()) {
            return open.get();
        }
        closeDialogs();
        boolean onScreen = form.openers().isEmpty()
                ? !fields(form, UI.getCurrent()).isEmpty()
                : !_find(Button.class, spec -> spec.withId(form.openers().getFirst()))
                        .isEmpty();
        return open(form, targets, !onScreen);
    }

    /** Opens the form: its page when asked, then its opening buttons; returns the dialog or the page. */
    private Component open(Form form, Targets targets, boolean navigate) {
        if (navigate) {
            navigate(form.path().apply(targets));
        }
        for (String opener : form.openers()) {
            _click(_get(Button.class, spec -> spec.withId(opener)));
        }
        return _find(Dialog.class).stream()
                .filter(Dialog::isOpened)
                .reduce((a, b) -> b)
                .<Component>map(d -> d)
                .orElseGet(() -> UI.getCurrent());
    }

    @SuppressWarnings("unchecked")
    private static List<HasValue<?, String>> fields(Form form, Component container) {
        List<HasValue<?, String>> found = new ArrayList<>();
        for (Class<?> type : List.of(TextField.class, TextArea.class, EmailField.class, PasswordField.class)) {
            for (Object field : _find(container, (Class<Component>) type)) {
                Component component = (Component) field;
                String id = component.getId().orElse("");
                boolean wanted = form.fieldIds().isEmpty()
                        ? component.isVisible() && !((HasValue<?, ?>) field).isReadOnly()
                        : form.fieldIds().stream().anyMatch(id::startsWith);
                if (wanted && component.getElement().isEnabled()) {
                    found.add((HasValue<?, String>) field);
                }
            }
        }
        return found;
    }

    /** Required choices that are still empty get their first option, dates a valid one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fillChoices(Component container) {
        for (Select select : _find(container, Select.class)) {
            if (select.isEmpty() && select.isVisible() && !select.isReadOnly()) {
                select.getListDataView().getItems().findFirst().ifPresent(select::setValue);
            }
        }
        for (RadioButtonGroup group : _find(container, RadioButtonGroup.class)) {
            if (group.isEmpty() && !group.isReadOnly()) {
                group.getListDataView().getItems().findFirst().ifPresent(group::setValue);
            }
        }
        for (MultiSelectComboBox box : _find(container, MultiSelectComboBox.class)) {
            if (box.isEmpty() && box.isRequiredIndicatorVisible()) {
                box.getListDataView().getItems().findFirst().ifPresent(item -> box.setValue(Set.of(item)));
            }
        }
        for (ComboBox box : _find(container, ComboBox.class)) {
            if (box.isEmpty() && box.isRequiredIndicatorVisible()) {
                try {
                    box.getListDataView().getItems().findFirst().ifPresent(box::setValue);
                } catch (IllegalStateException lazilyLoaded) {
                    // a choice loaded page by page; the forms that have one do not require it
                }
            }
        }
        for (DateTimePicker picker : _find(container, DateTimePicker.class)) {
            if (picker.isEmpty() && picker.isRequiredIndicatorVisible()) {
                picker.setValue(LocalDateTime.now()
                        .plusDays(1)
                        .withHour(10)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0));
            }
        }
        for (DatePicker picker : _find(container, DatePicker.class)) {
            if (picker.isEmpty() && picker.isRequiredIndicatorVisible()) {
                picker.setValue(LocalDate.now().plusDays(14));
            }
        }
    }

    /** Saves anyway when the form asks about personal data (the hostile values hold dates and numbers). */
    private static void confirmPersonalData() {
        _find(ConfirmDialog.class, spec -> spec.withId("personal-data-warning")).stream()
                .filter(ConfirmDialog::isOpened)
                .findFirst()
                .ifPresent(dialog -> _fireConfirm(dialog));
    }

    /**
     * A dialog either closed (saved) or stayed open with a message and everything typed still in
     * its fields; an inline form that shows a problem keeps what was typed. Returns whether it saved.
     */
    private static boolean judge(
            Form form, Component container, Map<HasValue<?, String>, String> typed, List<String> defects) {
        if (form.save() == null) {
            return false;
        }
        boolean open = container instanceof Dialog dialog && dialog.isOpened();
        if (container instanceof Dialog && !open) {
            return true;
        }
        boolean refused = refused(container);
        if (open && !refused) {
            defects.add(describe(typed.values()) + " -> neither saved nor a message");
        }
        if (refused) {
            typed.forEach((field, value) -> {
                if (!value.equals(field.getValue())) {
                    defects.add(describe(List.of(value)) + " -> refused, and the typed text was lost");
                }
            });
        }
        return !refused;
    }

    /** A field shows a problem, or an error notification tells it. */
    private static boolean refused(Component container) {
        boolean atField = _find(container, Component.class).stream()
                .filter(c -> c instanceof HasValidation)
                .map(c -> (HasValidation) c)
                .anyMatch(v -> v.isInvalid()
                        && v.getErrorMessage() != null
                        && !v.getErrorMessage().isBlank());
        boolean told = NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .anyMatch(n -> n.getThemeList().contains("error"));
        boolean alert = _find(container, Component.class).stream()
                .anyMatch(c -> "alert".equals(c.getElement().getAttribute("role"))
                        && !c.getElement().getTextRecursively().isBlank());
        return atField || told || alert;
    }

    private static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
        _find(ConfirmDialog.class).forEach(ConfirmDialog::close);
    }

    /** Everything under the element that could run a script: markup set as HTML, links and sources. */
    private static List<String> executable(Element element) {
        List<String> found = new ArrayList<>();
        if (element.isTextNode()) {
            return found;
        }
        Object html = element.getPropertyRaw("innerHTML");
        if (html != null) {
            found.addAll(HostileValues.executableIn(String.valueOf(html)));
        }
        for (String attribute : List.of("href", "src")) {
            String value = element.getAttribute(attribute);
            if (value != null && value.strip().toLowerCase().matches("^(javascript|data|vbscript):.*")) {
                found.add(element.getTag() + "[" + attribute + "=" + value + "]");
            }
        }
        element.getChildren().forEach(child -> found.addAll(executable(child)));
        return found;
    }

    private static String describe(java.util.Collection<String> values) {
        return values.stream()
                .map(v -> "\""
                        + (v.length() > 40 ? v.substring(0, 40) + "…(" + v.length() + ")" : v)
                                .replaceAll("\\p{Cntrl}", "·")
                        + "\"")
                .toList()
                .toString();
    }
}
