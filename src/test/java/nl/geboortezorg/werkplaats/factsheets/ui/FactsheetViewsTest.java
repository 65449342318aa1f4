package nl.geboortezorg.werkplaats.factsheets.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static nl.geboortezorg.werkplaats.factsheets.FactsheetFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFixture;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetState;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FactsheetViewsTest extends ViewTest {

    @Autowired
    FactsheetService factsheets;

    @Autowired
    RegionService regions;

    private FactsheetFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new FactsheetFixture(factsheets, regions, users);
    }

    private static TextArea area(String field) {
        return _get(TextArea.class, spec -> spec.withId("factsheet-" + field));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id))
                .getElement()
                .getTextRecursively();
    }

    @Test
    void a_professional_writes_a_factsheet_and_an_empty_required_section_is_named_at_its_field() {
        openAs(DemoUsers.DEN_HAAG, "factsheets");
        _click(_get(Button.class, spec -> spec.withId("new-factsheet")));
        String title = unique("Poli sociale verloskunde");
        _setValue(_get(TextField.class, spec -> spec.withId("factsheet-title-field")), title);
        _setValue(area("context"), "Te veel gezinnen kwamen te laat in beeld.");
        _setValue(area("approach"), "Een **vaste** verpleegkundige.");

        _click(_get(Button.class, spec -> spec.withId("save-and-submit-factsheet")));

        assertThat(area("targetGroup").isInvalid()).isTrue();
        assertThat(area("targetGroup").getErrorMessage()).isEqualTo("Vul de sectie ‘Doelgroep’ in voordat u indient.");
        assertThat(area("lessons").getErrorMessage()).contains("Geleerde lessen");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Partner> partners =
                _get(MultiSelectComboBox.class, spec -> spec.withId("factsheet-partners"));
        assertThat(partners.isInvalid()).isTrue();
        assertThat(area("financing").isInvalid()).as("financing is optional").isFalse();
        assertThat(area("approach").getValue()).isEqualTo("Een **vaste** verpleegkundige.");

        _click(_get(Button.class, spec -> spec.withId("save-factsheet")));

        assertThat(_get(H2.class, spec -> spec.withId("factsheet-title")).getText())
                .isEqualTo(title);
        assertThat(text("factsheet-state")).isEqualTo("Concept");
        assertThat(_get(
                                _get(
                                        com.vaadin.flow.component.html.Section.class,
                                        spec -> spec.withId("section-approach")),
                                Html.class)
                        .getInnerHtml())
                .contains("<strong>vaste</strong>");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(factsheets.find(
                        nl.geboortezorg.werkplaats.factsheets.FactsheetFilter.all()
                                .containing(title),
                        0,
                        5))
                .as("saved once, not twice")
                .hasSize(1);
    }

    @Test
    void a_facilitator_returns_a_submission_the_writers_resubmit_and_the_facilitator_publishes() {
        FactsheetVersion draft = fixture.draft(unique("Te beoordelen"), PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        factsheets.submit(draft.id(), draft.version());

        openAs(DemoUsers.FACILITATOR, "factsheets/" + draft.factsheetId());
        assertThat(text("factsheet-state")).isEqualTo("Ingediend");
        _click(_get(Button.class, spec -> spec.withId("return-factsheet")));
        _setValue(_get(TextArea.class, spec -> spec.withId("return-comment")), "Noem de gemeente bij de partners.");
        _click(_get(Button.class, spec -> spec.withId("confirm-return")));
        assertThat(text("factsheet-state")).isEqualTo("Teruggestuurd");
        assertThat(text("review-comment")).contains("Fenna Facilitator", "Noem de gemeente bij de partners.");

        openAs(DemoUsers.DEN_HAAG, "factsheets/" + draft.factsheetId());
        _click(_get(Button.class, spec -> spec.withId("submit-factsheet")));
        assertThat(text("factsheet-state")).isEqualTo("Ingediend");
        assertThat(_find(Button.class, spec -> spec.withId("publish-factsheet")))
                .as("professionals do not review")
                .isEmpty();

        openAs(DemoUsers.FACILITATOR, "factsheets/" + draft.factsheetId());
        _click(_get(Button.class, spec -> spec.withId("publish-factsheet")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(text("factsheet-state")).isEqualTo("Gepubliceerd");
        assertThat(text("factsheet-meta")).contains("Den Haag", "versie 1", "Gepubliceerd op");
    }

    @Test
    void an_observer_reads_a_national_factsheet_without_any_way_to_change_it() {
        FactsheetVersion published = fixture.published(unique("Voor het ministerie"), PublicationLevel.NATIONAL);

        openAs(DemoUsers.OBSERVER, "factsheets/" + published.factsheetId());

        assertThat(text("factsheet-state")).isEqualTo("Gepubliceerd");
        assertThat(text("section-partners")).contains("Partners");
        assertThat(text("section-results")).contains("Gezinnen begeleid", "128 gezinnen", "2025");
        assertThat(_find(Button.class, spec -> spec.withId("edit-factsheet"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("revise-factsheet"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("publish-factsheet")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("link-document"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("factsheet-pdf")).getHref())
                .isNotBlank();
    }

    @Test
    void a_new_version_is_compared_with_the_published_one_section_by_section() {
        FactsheetVersion published = fixture.published(unique("Met versies"), PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        FactsheetVersion revision = factsheets.startRevision(published.factsheetId());
        var content = fixture.complete(published.title(), PublicationLevel.NATIONAL);
        factsheets.save(
                revision.id(),
                revision.version(),
                new nl.geboortezorg.werkplaats.factsheets.FactsheetDraft(
                        content.title(),
                        content.level(),
                        content.context(),
                        content.targetGroup(),
                        "Een sociaal verpleegkundige op de poli en in de wijk.",
                        content.partnerIds(),
                        content.results(),
                        content.keyFigures(),
                        content.lessons(),
                        content.financing(),
                        content.contact()));

        openAs(DemoUsers.DEN_HAAG, "factsheets/" + published.factsheetId());
        assertThat(text("factsheet-state")).isEqualTo("Concept");
        assertThat(_get(FactsheetView.class).getElement().getTextRecursively())
                .contains("Lezers zien tot de publicatie van deze nieuwe versie nog versie 1.");
        _click(_get(Button.class, spec -> spec.withId("compare-versions")));

        Div comparison = _get(Div.class, spec -> spec.withId("comparison"));
        List<Div> changed = _find(comparison, Div.class, spec -> spec.withClasses("changed"));
        assertThat(changed).hasSize(1);
        assertThat(changed.getFirst().getElement().getTextRecursively()).contains("Werkwijze", "en in de wijk");
        assertThat(changed.getFirst().getElement().toString()).contains("<ins", "</ins>");
        assertThat(_find(comparison, Paragraph.class, spec -> spec.withClasses("unchanged")))
                .hasSize(7);
    }

    @Test
    void regions_are_read_side_by_side_from_the_list() {
        FactsheetVersion first = fixture.published(unique("Naast elkaar A"), PublicationLevel.NATIONAL);
        FactsheetVersion second = fixture.published(unique("Naast elkaar B"), PublicationLevel.PUBLIC);

        openAs(DemoUsers.UTRECHT, "factsheets");
        _setValue(_get(TextField.class, spec -> spec.withId("factsheet-filter-text")), "Naast elkaar");
        @SuppressWarnings("unchecked")
        Grid<FactsheetSummary> grid = _get(Grid.class, spec -> spec.withId("factsheets"));
        List<FactsheetSummary> rows = _findAll(grid).stream()
                .filter(f -> f.factsheetId() == first.factsheetId() || f.factsheetId() == second.factsheetId())
                .toList();
        assertThat(rows).hasSize(2);
        Button compare = _get(Button.class, spec -> spec.withId("compare-factsheets"));
        assertThat(compare.isEnabled()).isFalse();
        grid.asMultiSelect().setValue(new HashSet<>(rows));
        _click(compare);

        Div table = _get(Div.class, spec -> spec.withId("side-by-side"));
        assertThat(_find(table, Div.class, spec -> spec.withClasses("side-by-side-row")))
                .hasSize(9);
        assertThat(table.getElement().getTextRecursively())
                .contains(first.title(), second.title(), "Aanleiding", "Geleerde lessen");
    }

    @Test
    void an_anonymous_visitor_finds_public_factsheets_only_in_a_knowledge_base_without_the_platform_around_it() {
        FactsheetVersion open = fixture.published(unique("Openbare werkwijze"), PublicationLevel.PUBLIC);
        FactsheetVersion national = fixture.published(unique("Landelijke werkwijze"), PublicationLevel.NATIONAL);

        openAnonymously();
        UI.getCurrent().navigate("kennisbank");
        _setValue(_get(TextField.class, spec -> spec.withId("knowledge-base-search")), "werkwijze");
        @SuppressWarnings("unchecked")
        Grid<FactsheetSummary> grid = _get(Grid.class, spec -> spec.withId("public-factsheets"));
        assertThat(_findAll(grid))
                .extracting(FactsheetSummary::factsheetId)
                .contains(open.factsheetId())
                .doesNotContain(national.factsheetId());
        assertThat(_find(SideNav.class)).isEmpty();

        UI.getCurrent().navigate("kennisbank/" + open.factsheetId());
        assertThat(_get(H2.class, spec -> spec.withId("factsheet-title")).getText())
                .isEqualTo(open.title());
        assertThat(_get(Anchor.class, spec -> spec.withId("factsheet-pdf")).getHref())
                .isNotBlank();
        assertThat(_find(SideNav.class)).isEmpty();

        UI.getCurrent().navigate("kennisbank/" + national.factsheetId());
        assertThat(showsNothingHere()).isTrue();
    }

    @Test
    void a_factsheet_that_is_not_readable_is_not_found() {
        FactsheetVersion regional = fixture.published(unique("Alleen Den Haag"), PublicationLevel.REGION);
        FactsheetVersion draft = fixture.draft(unique("Concept Den Haag"), PublicationLevel.PUBLIC);
        assertThat(draft.state()).isEqualTo(FactsheetState.DRAFT);

        openAs(DemoUsers.UTRECHT, "factsheets/" + regional.factsheetId());
        assertThat(showsNothingHere()).isTrue();
        openAs(DemoUsers.OBSERVER, "factsheets/" + draft.factsheetId());
        assertThat(showsNothingHere()).isTrue();
        openAs(DemoUsers.DEN_HAAG, "factsheets/" + draft.factsheetId());
        assertThat(_get(H2.class, spec -> spec.withId("factsheet-title")).getText())
                .isEqualTo(draft.title());
    }
}
