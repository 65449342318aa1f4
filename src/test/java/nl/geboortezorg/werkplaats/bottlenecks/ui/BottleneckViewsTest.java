package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BottleneckViewsTest extends ViewTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    nl.geboortezorg.werkplaats.sessions.WorkSessionService sessions;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    private static List<String> items(String sectionId) {
        return _find(_get(Section.class, spec -> spec.withId(sectionId)), ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    private static List<String> timeline() {
        return items("timeline");
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<BottleneckSummary> listGrid() {
        return _get(Grid.class, spec -> spec.withId("bottlenecks"));
    }

    @Test
    void a_professional_raises_a_bottleneck_and_lands_on_its_page() {
        openAs(DemoUsers.DEN_HAAG, "knelpunten");
        _click(_get(Button.class, spec -> spec.withId("raise-bottleneck")));
        String title = unique("Geen tolk op de poli");

        _setValue(_get(TextField.class, spec -> spec.withId("bottleneck-title-field")), title);
        _setValue(
                _get(TextArea.class, spec -> spec.withId("bottleneck-description")),
                "Gezinnen begrijpen de uitleg niet.");
        _setValue(select("bottleneck-category"), BottleneckCategory.LANGUAGE);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Addressee> addressees = _get(CheckboxGroup.class, spec -> spec.withId("bottleneck-addressees"));
        _setValue(addressees, Set.of(Addressee.MINISTRY_VWS));
        _click(_get(Button.class, spec -> spec.withId("save-bottleneck")));

        assertThat(_get(H2.class, spec -> spec.withId("bottleneck-title")).getText())
                .isEqualTo(title);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .startsWith("knelpunten/");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("bottleneck-facts"))
                        .getElement()
                        .getTextRecursively())
                .contains("Gemeld in Den Haag door Daan de Vries", "Taal en begrippen", "Ministerie van VWS");
        assertThat(timeline())
                .singleElement()
                .satisfies(entry -> assertThat(entry).contains("Daan de Vries", "Gemeld"));
    }

    @Test
    void a_refused_raise_keeps_what_was_typed_and_shows_the_problems_at_the_fields() {
        openAs(DemoUsers.DEN_HAAG, "knelpunten");
        _click(_get(Button.class, spec -> spec.withId("raise-bottleneck")));
        _setValue(_get(TextArea.class, spec -> spec.withId("bottleneck-description")), "Alleen een omschrijving");

        _click(_get(Button.class, spec -> spec.withId("save-bottleneck")));

        TextField title = _get(TextField.class, spec -> spec.withId("bottleneck-title-field"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(this.<BottleneckCategory>select("bottleneck-category").isInvalid())
                .isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("bottleneck-description"))
                        .getValue())
                .isEqualTo("Alleen een omschrijving");
    }

    @Test
    void the_list_filters_on_the_server_and_opens_filtered_on_a_region() {
        String word = unique("Lijstfilter");
        Bottleneck financing = fixture.raisedInDenHaag(word + " geld");
        SignIn.as(users, DemoUsers.UTRECHT);
        bottlenecks.raise(fixture.utrecht, BottleneckFixture.draft(word + " Utrecht"));

        openAs(DemoUsers.OBSERVER, "");
        UI.getCurrent().navigate("knelpunten", com.vaadin.flow.router.QueryParameters.of("regio", "den-haag"));
        assertThat(this.<RegionChoice>select("filter-region").getValue().code()).isEqualTo("den-haag");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), word);
        assertThat(_findAll(listGrid())).extracting(BottleneckSummary::id).containsExactly(financing.id());
        assertThat(String.join(" | ", _getFormattedRow(listGrid(), 0)))
                .contains("Den Haag", "Financiering", "Gemeld", "Zorgverzekeraars");

        _setValue(select("filter-region"), null);
        assertThat(_findAll(listGrid())).hasSize(2);
        _setValue(select("filter-category"), BottleneckCategory.WORKFORCE);
        assertThat(_findAll(listGrid())).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("clear-filters")));
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), word);
        _setValue(select("filter-status"), BottleneckStatus.RAISED);
        assertThat(_findAll(listGrid())).hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withId("raise-bottleneck"))).isEmpty();
    }

    @Test
    void another_region_recognises_with_a_quote_and_withdraws_it() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Herkenbaar"));
        openAs(DemoUsers.UTRECHT, "knelpunten/" + raised.id());

        _click(_get(Button.class, spec -> spec.withId("recognise")));
        _setValue(_get(TextArea.class, spec -> spec.withId("recognition-quote")), "Bij ons <b>ook</b>.");
        _click(_get(Button.class, spec -> spec.withId("save-recognition")));

        assertThat(items("recognitions"))
                .singleElement()
                .satisfies(item -> assertThat(item).startsWith("Utrecht · Uma Jansen"));
        Html quote = _get(_get(Section.class, spec -> spec.withId("recognitions")), Html.class);
        assertThat(quote.getElement().getTextRecursively()).isEqualTo("Bij ons <b>ook</b>.");
        assertThat(_find(Button.class, spec -> spec.withId("recognise"))).isEmpty();
        assertThat(timeline()).last().satisfies(entry -> assertThat(entry).contains("Herkend in Utrecht"));

        Button withdraw = _get(Button.class, spec -> spec.withClasses("withdraw-recognition"));
        // The accessible name starts with the visible text, so a speech user can say what they see.
        assertThat(withdraw.getAriaLabel()).hasValue("Herkenning intrekken: Utrecht");
        assertThat(withdraw.getText()).isEqualTo("Herkenning intrekken");
        _click(withdraw);
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(items("recognitions")).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("recognise"))).hasSize(1);
    }

    @Test
    void a_facilitator_promotes_after_an_addressee_is_chosen_and_the_agenda_panel_appears() {
        Bottleneck raised = bottleneckWithoutAddressees();
        openAs(DemoUsers.FACILITATOR, "knelpunten/" + raised.id());

        _click(_get(Button.class, spec -> spec.withId("promote")));
        _setValue(_get(TextArea.class, spec -> spec.withId("agenda-next-step")), "Brief aan VWS");
        _click(_get(Button.class, spec -> spec.withId("save-agenda")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Addressee> addressees = _get(CheckboxGroup.class, spec -> spec.withId("agenda-addressees"));
        assertThat(addressees.isInvalid()).isTrue();
        assertThat(addressees.getErrorMessage()).isEqualTo("Kies ten minste één adressant.");
        assertThat(_get(TextArea.class, spec -> spec.withId("agenda-next-step")).getValue())
                .isEqualTo("Brief aan VWS");

        _setValue(addressees, Set.of(Addressee.MUNICIPALITIES));
        _click(_get(Button.class, spec -> spec.withId("save-agenda")));

        assertThat(_get(Section.class, spec -> spec.withId("agenda-panel"))
                        .getElement()
                        .getTextRecursively())
                .contains("Brief aan VWS", "Fenna Facilitator");
        assertThat(timeline())
                .last()
                .satisfies(entry ->
                        assertThat(entry).contains("Op de landelijke agenda gezet", "Gemeenten", "Brief aan VWS"));
        assertThat(_find(Button.class, spec -> spec.withId("record-response"))).hasSize(1);
    }

    private Bottleneck bottleneckWithoutAddressees() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        return bottlenecks.raise(
                fixture.denHaag,
                new nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft(
                        unique("Zonder adressant"),
                        "Omschrijving",
                        BottleneckCategory.SCALE,
                        Set.of(),
                        Set.of(),
                        null));
    }

    @Test
    void closing_needs_a_reason_and_shows_it() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Sluiten"));
        openAs(DemoUsers.FACILITATOR, "knelpunten/" + raised.id());

        _click(_get(Button.class, spec -> spec.withId("change-status")));
        _setValue(select("new-status"), BottleneckStatus.CLOSED);
        _click(_get(Button.class, spec -> spec.withId("save-status")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("status-note"));
        assertThat(note.getErrorMessage()).isEqualTo("Geef een reden voor het sluiten.");

        _setValue(note, "Regionaal opgelost");
        _click(_get(Button.class, spec -> spec.withId("save-status")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("closed-notice"))
                        .getText())
                .isEqualTo("Gesloten: Regionaal opgelost");
        assertThat(timeline())
                .last()
                .satisfies(entry -> assertThat(entry).contains("Status van Gemeld naar Gesloten: Regionaal opgelost"));
    }

    @Test
    void comments_render_markdown_safely_and_a_hidden_one_shows_as_hidden() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Reacties"));
        openAs(DemoUsers.UTRECHT, "knelpunten/" + raised.id());
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-body")), "**Ook hier** <script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withId("post-comment")));

        Section comments = _get(Section.class, spec -> spec.withId("comments"));
        String html = _find(comments, Html.class).getFirst().getElement().getProperty("innerHTML");
        assertThat(html).contains("<strong>Ook hier</strong>").doesNotContain("<script");

        openAs(DemoUsers.FACILITATOR, "knelpunten/" + raised.id());
        _click(_get(Button.class, spec -> spec.withText("Verbergen")));
        _setValue(_get(TextArea.class, spec -> spec.withId("hide-reason")), "Bevat een naam");
        _click(_get(Button.class, spec -> spec.withId("save-hide")));
        assertThat(_get(Section.class, spec -> spec.withId("comments"))
                        .getElement()
                        .getTextRecursively())
                .contains("Verborgen door Fenna Facilitator", "Bevat een naam");

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());
        String seen = _get(Section.class, spec -> spec.withId("comments"))
                .getElement()
                .getTextRecursively();
        assertThat(seen)
                .contains("Deze reactie is verborgen door een facilitator.")
                .doesNotContain("Ook hier");
    }

    private static List<String> commentTexts() {
        return _find(
                        _get(Section.class, spec -> spec.withId("comments")),
                        com.vaadin.flow.component.html.Div.class,
                        spec -> spec.withClasses("comment"))
                .stream()
                .map(box -> box.getElement().getTextRecursively() + " "
                        + _find(box, Html.class).stream()
                                .map(body -> body.getElement().getProperty("innerHTML"))
                                .collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void a_long_discussion_shows_the_latest_comments_and_the_earlier_ones_on_request() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Lange discussie"));
        SignIn.as(users, DemoUsers.UTRECHT);
        int total = BottleneckView.COMMENTS_SHOWN + 3;
        for (int i = 1; i <= total; i++) {
            bottlenecks.comment(raised.id(), "Reactie nummer " + i + ".");
        }

        openAs(DemoUsers.FACILITATOR, "knelpunten/" + raised.id());
        List<String> shown = commentTexts();
        assertThat(shown).hasSize(BottleneckView.COMMENTS_SHOWN);
        assertThat(shown.getFirst()).contains("Reactie nummer 4.");
        assertThat(shown.getLast()).contains("Reactie nummer " + total + ".");
        Button earlier = _get(Button.class, spec -> spec.withId("earlier-comments"));
        assertThat(earlier.getText()).isEqualTo("3 eerdere reacties tonen");

        _click(earlier);
        assertThat(commentTexts()).hasSize(total).first().asString().contains("Reactie nummer 1.");
        assertThat(commentTexts().get(3)).contains("Reactie nummer 4.");
        assertThat(_find(Button.class, spec -> spec.withId("earlier-comments"))).isEmpty();

        // Hiding one of the earlier comments rebuilds the page; the discussion stays whole.
        _click(_find(
                        _get(Section.class, spec -> spec.withId("comments")),
                        Button.class,
                        spec -> spec.withText("Verbergen"))
                .getFirst());
        _setValue(_get(TextArea.class, spec -> spec.withId("hide-reason")), "Dubbel");
        _click(_get(Button.class, spec -> spec.withId("save-hide")));
        assertThat(commentTexts())
                .hasSize(total)
                .first()
                .asString()
                .contains("Verborgen door Fenna Facilitator", "Dubbel");

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());
        assertThat(commentTexts()).hasSize(BottleneckView.COMMENTS_SHOWN);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-body")), "De nieuwste reactie.");
        _click(_get(Button.class, spec -> spec.withId("post-comment")));
        assertThat(commentTexts())
                .hasSize(BottleneckView.COMMENTS_SHOWN)
                .last()
                .asString()
                .contains("De nieuwste reactie.");
        assertThat(_get(Button.class, spec -> spec.withId("earlier-comments")).getText())
                .isEqualTo("4 eerdere reacties tonen");
    }

    @Test
    void an_observer_reads_everything_and_finds_nothing_to_press() {
        Bottleneck promoted = fixture.promoted(fixture.raisedInDenHaag(unique("Alleen lezen")));
        openAs(DemoUsers.OBSERVER, "knelpunten/" + promoted.id());

        assertThat(_get(H2.class, spec -> spec.withId("bottleneck-title")).getText())
                .isEqualTo(promoted.title());
        assertThat(_find(Section.class, spec -> spec.withId("agenda-panel"))).hasSize(1);
        BottleneckView page = _get(BottleneckView.class);
        assertThat(_find(page, Button.class))
                .as("following and compiling the dossier are reading; nothing else to press")
                .allMatch(button -> button instanceof nl.geboortezorg.werkplaats.notifications.ui.FollowButton
                        || button.getId().orElse("").equals("dossier-compile"))
                .hasSize(2);
        assertThat(_find(page, TextArea.class)).isEmpty();
    }

    @Test
    void a_facilitator_merges_a_duplicate_into_the_one_on_screen() {
        String word = unique("Samenvoegen");
        Bottleneck target = fixture.raisedInDenHaag(word + " doel");
        Bottleneck duplicate = fixture.raisedInDenHaag(word + " dubbel");
        openAs(DemoUsers.FACILITATOR, "knelpunten/" + target.id());

        _click(_get(Button.class, spec -> spec.withId("merge")));
        @SuppressWarnings("unchecked")
        var duplicates = (com.vaadin.flow.component.combobox.MultiSelectComboBox<BottleneckSummary>) _get(
                com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("merge-duplicates"));
        BottleneckSummary found = bottlenecks
                .find(
                        new nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter(
                                null, null, null, null, duplicate.title(), null, true),
                        0,
                        1)
                .getFirst();
        _setValue(duplicates, Set.of(found));
        _click(_get(Button.class, spec -> spec.withId("save-merge")));

        assertThat(timeline())
                .last()
                .satisfies(
                        entry -> assertThat(entry).contains("Dubbel knelpunt hierin samengevoegd", duplicate.title()));
        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + duplicate.id());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("merged-notice"))
                        .getElement()
                        .getTextRecursively())
                .contains(target.title());
        assertThat(_find(Button.class, spec -> spec.withId("edit-bottleneck"))).isEmpty();
    }

    @Test
    void the_region_workspace_lists_its_bottlenecks_and_links_to_the_filtered_list() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Werkruimte"));
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");

        Section section = _get(Section.class, spec -> spec.withId("region-bottlenecks"));
        assertThat(_find(section, Anchor.class))
                .extracting(Anchor::getText)
                .contains(raised.title(), "Alle knelpunten van deze regio");
        assertThat(_find(section, Anchor.class)).extracting(Anchor::getHref).contains("knelpunten?regio=den-haag");
        assertThat(_find(section, Button.class, spec -> spec.withId("raise-bottleneck-in-region")))
                .hasSize(1);
        openAs(DemoUsers.UTRECHT, "regio/den-haag");
        assertThat(_find(Button.class, spec -> spec.withId("raise-bottleneck-in-region")))
                .isEmpty();
    }

    @Test
    void editing_after_someone_else_saved_keeps_the_typed_text_and_offers_to_reload() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Gelijktijdig wijzigen"));
        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());
        _click(_get(Button.class, spec -> spec.withId("edit-bottleneck")));
        _setValue(_get(TextField.class, spec -> spec.withId("bottleneck-title-field")), "Mijn nieuwe titel");
        bottlenecks.update(raised.id(), raised.version(), BottleneckFixture.draft("Titel van een collega"));

        _click(_get(Button.class, spec -> spec.withId("save-bottleneck")));

        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("bottleneck-title-field"))
                        .getValue())
                .isEqualTo("Mijn nieuwe titel");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(H2.class, spec -> spec.withId("bottleneck-title")).getText())
                .isEqualTo("Titel van een collega");
    }

    @Test
    void the_filters_live_in_the_address_so_a_filtered_list_can_be_shared() {
        String word = unique("Deelbaar");
        Bottleneck raised = fixture.raisedInDenHaag(word);
        openAs(DemoUsers.UTRECHT, "");
        UI.getCurrent()
                .navigate(
                        "knelpunten",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                "regio",
                                "den-haag",
                                "categorie",
                                "financing",
                                "status",
                                "raised",
                                "adressant",
                                "health_insurers",
                                "zoek",
                                word)));

        BottleneckListView view = _get(BottleneckListView.class);
        assertThat(this.<BottleneckCategory>select("filter-category").getValue())
                .isEqualTo(BottleneckCategory.FINANCING);
        assertThat(this.<Addressee>select("filter-addressee").getValue()).isEqualTo(Addressee.HEALTH_INSURERS);
        assertThat(_findAll(listGrid())).extracting(BottleneckSummary::id).containsExactly(raised.id());

        _setValue(select("filter-status"), BottleneckStatus.ON_AGENDA);
        assertThat(view.address().getQueryString())
                .contains(
                        "regio=den-haag",
                        "categorie=financing",
                        "status=on_agenda",
                        "adressant=health_insurers",
                        "zoek=" + word.replace(" ", "%20"));
        UI.getCurrent()
                .navigate(
                        "knelpunten",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("categorie", "onzin")));
        assertThat(this.<BottleneckCategory>select("filter-category").getValue())
                .isNull();
    }

    @Test
    void editing_keeps_the_session_it_came_up_in() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        var session = sessions.create(new nl.geboortezorg.werkplaats.sessions.WorkSessionDraft(
                fixture.denHaag,
                unique("Regiosessie"),
                nl.geboortezorg.werkplaats.testsupport.TestTimes.daysAheadAt(5, 10),
                nl.geboortezorg.werkplaats.testsupport.TestTimes.daysAheadAt(5, 12),
                "Haga",
                null,
                List.of(),
                Set.of()));
        SignIn.as(users, DemoUsers.DEN_HAAG);
        var draft = BottleneckFixture.draft(unique("Met sessie"));
        Bottleneck raised = bottlenecks.raise(
                fixture.denHaag,
                new nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft(
                        draft.title(),
                        draft.description(),
                        draft.category(),
                        draft.organisationTypes(),
                        draft.addressees(),
                        session.id()));
        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());

        _click(_get(Button.class, spec -> spec.withId("edit-bottleneck")));
        _setValue(
                _get(TextField.class, spec -> spec.withId("bottleneck-title-field")), raised.title() + " (bijgewerkt)");
        _click(_get(Button.class, spec -> spec.withId("save-bottleneck")));

        Bottleneck saved = bottlenecks.detail(raised.id()).orElseThrow().bottleneck();
        assertThat(saved.title()).endsWith("(bijgewerkt)");
        assertThat(saved.session().id()).isEqualTo(session.id());
    }
}
