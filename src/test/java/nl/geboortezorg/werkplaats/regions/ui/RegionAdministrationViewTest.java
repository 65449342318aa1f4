package nl.geboortezorg.werkplaats.regions.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.geboortezorg.werkplaats.regions.ManagedRegion;
import nl.geboortezorg.werkplaats.regions.Member;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.Drafts;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' region page and what archiving and the lead mark do to a workspace. Each test is
 * rolled back, since archiving a demo region would change what other tests see.
 */
@Transactional
class RegionAdministrationViewTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Autowired
    DSLContext dsl;

    @SuppressWarnings("unchecked")
    private static Grid<ManagedRegion> grid() {
        return _get(Grid.class, spec -> spec.withId("managed-regions"));
    }

    private static int rowOf(String code) {
        List<ManagedRegion> rows = _findAll(grid());
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).region().code().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + code);
    }

    private static Component cell(String code, String column) {
        return _getCellComponent(grid(), rowOf(code), column);
    }

    private static Button action(String code, String id) {
        return _get(cell(code, "actions"), Button.class, spec -> spec.withId(id + "-" + code));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private Region archived(String code) {
        SignIn.as(users, DemoUsers.ADMIN);
        Region region = regions.workspace(code).orElseThrow().region();
        return regions.archiveRegion(region.id(), region.version());
    }

    @Test
    void an_admin_sees_every_region_the_archived_ones_last_and_marked() {
        archived("zuid-limburg");
        openAs(DemoUsers.ADMIN, "beheer/regios");

        List<ManagedRegion> rows = _findAll(grid());
        assertThat(rows).hasSize(7);
        assertThat(rows.getLast().region().code()).isEqualTo("zuid-limburg");
        assertThat(((Span) cell("zuid-limburg", "status")).getText()).startsWith("Gearchiveerd sinds ");
        assertThat(((Span) cell("utrecht", "status")).getText()).isEqualTo("Actief");
        assertThat(_find(
                        cell("zuid-limburg", "actions"), Button.class, spec -> spec.withId("edit-region-zuid-limburg")))
                .isEmpty();
        assertThat(action("zuid-limburg", "unarchive-region").getText()).isEqualTo("Weer actief maken");
        assertThat(action("utrecht", "archive-region").getText()).isEqualTo("Archiveren");
        assertThat(_get(Button.class, spec -> spec.withId("new-region")).getText())
                .isEqualTo("Nieuwe regio");
        assertThat(_find(Paragraph.class, spec -> spec.withId("regions-empty"))).isEmpty();
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("Een regio wordt nooit verwijderd: archiveer haar"));
    }

    @Test
    void an_admin_creates_a_region_whose_code_follows_the_name_as_typed() {
        openAs(DemoUsers.ADMIN, "beheer/regios");

        _click(_get(Button.class, spec -> spec.withId("new-region")));
        _setValue(field("region-name-field"), "Noord-Holland Noord");
        assertThat(field("region-code-field").getValue()).isEqualTo("noord-holland-noord");
        _setValue(
                _get(TextArea.class, spec -> spec.withId("region-description-field")), "Den Helder, Alkmaar en Hoorn");
        _click(_get(Button.class, spec -> spec.withId("save-region")));

        expectNotifications("De regio is aangemaakt.");
        assertThat(_findAll(grid()))
                .extracting(managed -> managed.region().code())
                .contains("noord-holland-noord");
        assertThat(regions.regions()).extracting(RegionSummary::name).contains("Noord-Holland Noord");
    }

    @Test
    void a_taken_name_and_an_invalid_code_are_shown_at_their_fields_and_the_typed_text_stays() {
        openAs(DemoUsers.ADMIN, "beheer/regios");
        int before = _findAll(grid()).size();

        _click(_get(Button.class, spec -> spec.withId("new-region")));
        TextField name = field("region-name-field");
        TextField code = field("region-code-field");
        _setValue(name, "Utrecht");
        _setValue(code, "Utrecht Stad");
        _click(_get(Button.class, spec -> spec.withId("save-region")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Deze naam is al in gebruik.");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage())
                .isEqualTo("Gebruik alleen kleine letters, cijfers en enkele streepjes ertussen, zoals zuid-limburg.");
        assertThat(name.getValue()).isEqualTo("Utrecht");
        assertThat(code.getValue()).isEqualTo("Utrecht Stad");
        assertThat(name.isAttached()).isTrue();

        _setValue(name, "Utrecht Stad");
        _setValue(code, "utrecht");
        _click(_get(Button.class, spec -> spec.withId("save-region")));
        assertThat(name.isInvalid()).isFalse();
        assertThat(code.getErrorMessage()).isEqualTo("Deze code is al in gebruik.");
        assertThat(regions.managedRegions()).hasSize(before);
    }

    @Test
    void an_admin_renames_a_region_and_its_code_stays() {
        openAs(DemoUsers.ADMIN, "beheer/regios");

        _click(action("apeldoorn", "edit-region"));
        TextField code = field("region-code-field");
        assertThat(code.getValue()).isEqualTo("apeldoorn");
        assertThat(code.isReadOnly()).isTrue();
        _setValue(field("region-name-field"), "Apeldoorn en Stedendriehoek");
        _click(_get(Button.class, spec -> spec.withId("save-region")));

        expectNotifications("Opgeslagen");
        assertThat(_findAll(grid()).get(rowOf("apeldoorn")).region().name()).isEqualTo("Apeldoorn en Stedendriehoek");
    }

    @Test
    void an_admin_archives_a_region_after_confirming_and_makes_it_active_again() {
        openAs(DemoUsers.ADMIN, "beheer/regios");

        _click(action("delft", "archive-region"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-archive"));
        _fireConfirm(confirm);

        expectNotifications("Delft is gearchiveerd.");
        assertThat(_findAll(grid()).get(rowOf("delft")).region().archived()).isTrue();
        assertThat(regions.regions()).extracting(RegionSummary::code).doesNotContain("delft");

        _click(action("delft", "unarchive-region"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-archive")));

        expectNotifications("Delft is weer actief.");
        assertThat(_findAll(grid()).get(rowOf("delft")).region().archived()).isFalse();
        assertThat(regions.regions()).extracting(RegionSummary::code).contains("delft");
    }

    @Test
    void on_an_empty_database_the_page_says_to_create_the_first_region_and_so_does_home() {
        // Left without regions for this test only (rolled back), as on a new server.
        dsl.execute("set foreign_key_checks = 0");
        try {
            dsl.execute("delete from region");
        } finally {
            dsl.execute("set foreign_key_checks = 1");
        }

        openAs(DemoUsers.ADMIN, "");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-regions")).getText())
                .isEqualTo("Er zijn nog geen regio’s.");
        Anchor first = _get(Anchor.class, spec -> spec.withText("Maak de eerste regio aan"));
        assertThat(first.getHref()).isEqualTo("beheer/regios");

        navigate("beheer/regios");
        Paragraph empty = _get(Paragraph.class, spec -> spec.withId("regions-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith("Er zijn nog geen regio’s. Maak de eerste regio aan");
        assertThat(_find(Grid.class, spec -> spec.withId("managed-regions"))).isEmpty();
        Button create = _get(Button.class, spec -> spec.withId("new-region"));
        assertThat(create.getText()).isEqualTo("Maak de eerste regio aan");

        _click(create);
        _setValue(field("region-name-field"), "Den Haag");
        _click(_get(Button.class, spec -> spec.withId("save-region")));

        assertThat(_find(Paragraph.class, spec -> spec.withId("regions-empty"))).isEmpty();
        assertThat(_findAll(grid())).extracting(m -> m.region().code()).containsExactly("den-haag");
        assertThat(create.getText()).isEqualTo("Nieuwe regio");
    }

    @Test
    void a_facilitator_moves_the_lead_mark_in_the_workspace() {
        openAs(DemoUsers.FACILITATOR, "regio/delft");
        Organisation next = regions.workspace("delft").orElseThrow().organisations().stream()
                .filter(o -> !o.lead())
                .findFirst()
                .orElseThrow();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Penvoerder maken: " + next.name())));

        expectNotifications(next.name() + " is nu de penvoerder.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-organisation"))
                        .getText())
                .isEqualTo("Penvoerder: " + next.name());
        assertThat(regions.workspace("delft").orElseThrow().leadOrganisation())
                .map(Organisation::id)
                .hasValue(next.id());
    }

    @Test
    void a_professional_changes_partners_but_does_not_mark_the_lead() {
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");

        assertThat(_find(Button.class, spec -> spec.withId("add-organisation"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Penvoerder maken")))
                .isEmpty();
    }

    @Test
    void an_archived_workspace_says_so_and_offers_no_changes_even_to_admins() {
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");
        assertThat(_find(Paragraph.class, spec -> spec.withId("region-archived")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("raise-bottleneck-in-region")))
                .hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("new-factsheet-in-region")))
                .hasSize(1);
        tearDownVaadin();
        archived("den-haag");

        for (String who : List.of(DemoUsers.DEN_HAAG, DemoUsers.ADMIN)) {
            openAs(who, "regio/den-haag");
            assertThat(_get(Paragraph.class, spec -> spec.withId("region-archived"))
                            .getText())
                    .isEqualTo("Deze regio is gearchiveerd: alles blijft leesbaar, maar er kan niets meer worden"
                            + " toegevoegd of gewijzigd.");
            assertThat(_get(Paragraph.class, spec -> spec.withId("lead-organisation"))
                            .getText())
                    .isEqualTo("Penvoerder: HagaZiekenhuis / Juliana Kinderziekenhuis");
            assertThat(_find(Button.class, spec -> spec.withId("add-organisation")))
                    .isEmpty();
            assertThat(_find(Button.class, spec -> spec.withText("Penvoerder maken")))
                    .isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("raise-bottleneck-in-region")))
                    .isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("new-factsheet-in-region")))
                    .isEmpty();
            tearDownVaadin();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_user_dialog_offers_no_archived_region_but_keeps_a_membership_of_one() {
        archived("zuid-limburg");
        archived("den-haag");
        openAs(DemoUsers.ADMIN, "gebruikers");

        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), DemoUsers.DEN_HAAG);
        _clickItem(_get(Grid.class, spec -> spec.withId("users")), 0);
        MultiSelectComboBox<RegionSummary> memberships =
                _get(MultiSelectComboBox.class, spec -> spec.withId("user-regions"));
        List<String> offered = memberships
                .getListDataView()
                .getItems()
                .map(RegionSummary::code)
                .toList();
        assertThat(offered).contains("den-haag", "utrecht").doesNotContain("zuid-limburg");
        assertThat(memberships.getValue()).extracting(RegionSummary::code).containsExactly("den-haag");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(regions.workspace("den-haag").orElseThrow().members())
                .hasValueSatisfying(
                        members -> assertThat(members).extracting(Member::email).contains(DemoUsers.DEN_HAAG));
    }

    @Test
    void home_lists_an_archived_region_last_and_marked() {
        archived("amsterdam-olvg");
        openAs(DemoUsers.DEN_HAAG, "");

        List<Component> cards = _find(Component.class, spec -> spec.withClasses("region-card"));
        Component last = cards.getLast();
        assertThat(last.getElement().getTextRecursively()).contains("Amsterdam (OLVG)", "Gearchiveerd");
        assertThat(cards.getFirst().getElement().getTextRecursively()).doesNotContain("Gearchiveerd");
    }

    @Test
    void the_description_of_a_new_region_and_of_an_existing_one_is_kept_as_a_draft() {
        openAs(DemoUsers.ADMIN, "beheer/regios");
        Drafts.assertKeptWhenLeft(
                () -> _click(_get(Button.class, spec -> spec.withId("new-region"))),
                Drafts::cancelDialog,
                "region-description-field");
        Drafts.cancelDialog();
        Drafts.assertKeptWhenLeft(
                () -> _click(action("apeldoorn", "edit-region")), Drafts::cancelDialog, "region-description-field");
    }
}
