package nl.geboortezorg.werkplaats.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;

/** The side navigation and region switcher show each role what it may open, and no more. */
class NavigationTest extends ViewTest {

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** Each menu item: label, path and icon. */
    private static List<String> menu() {
        return _find(SideNavItem.class).stream()
                .map(item -> item.getLabel() + " → " + item.getPath() + " ("
                        + item.getPrefixComponent().getElement().getAttribute("icon") + ")")
                .toList();
    }

    private static final List<String> FIRST = List.of("Overzicht →  (vaadin:home)");
    private static final List<String> EVERYONES = List.of(
            "Werksessies → sessies (vaadin:calendar-user)",
            "Knelpunten → knelpunten (vaadin:warning)",
            "Landelijke agenda → nationale-agenda (vaadin:flag)",
            "Herkenningsmatrix → herkenningsmatrix (vaadin:grid)",
            "Disciplines per regio → disciplines (vaadin:sitemap)",
            "Factsheets → factsheets (vaadin:file-text-o)",
            "Documenten → documenten (vaadin:folder-open-o)",
            "Kosten-batenanalyses → mkba (vaadin:scale)",
            "Verankering → verankering (vaadin:anchor)",
            "Kennisbank → kennisbank (vaadin:book)");
    private static final String MY_ACTIONS = "Mijn acties → mijn-acties (vaadin:tasks)";
    private static final String PROFILE = "Mijn profiel → profiel (vaadin:user)";
    private static final String USERS = "Gebruikers → gebruikers (vaadin:users)";
    private static final String REGIONS = "Regio’s beheren → beheer/regios (vaadin:globe)";
    private static final String AUDIT = "Audittrail → audit (vaadin:list)";

    private static List<String> items(List<String> afterFirst, String... last) {
        return Stream.of(FIRST, afterFirst, EVERYONES, List.of(last))
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void each_role_gets_exactly_its_menu_in_order_with_paths_and_icons() {
        openAs(DemoUsers.ADMIN, "");
        assertThat(menu()).containsExactlyElementsOf(items(List.of(), MY_ACTIONS, PROFILE, USERS, REGIONS, AUDIT));
        tearDownVaadin();
        openAs(DemoUsers.FACILITATOR, "");
        assertThat(menu()).containsExactlyElementsOf(items(List.of(), MY_ACTIONS, PROFILE, USERS));
        tearDownVaadin();
        openAs(DemoUsers.DEN_HAAG, "");
        assertThat(menu())
                .containsExactlyElementsOf(
                        items(List.of("Den Haag → regio/den-haag (vaadin:group)"), MY_ACTIONS, PROFILE));
        tearDownVaadin();
        openAs(DemoUsers.OBSERVER, "");
        assertThat(menu()).containsExactlyElementsOf(items(List.of(), PROFILE));
    }

    @Test
    void a_professional_sees_home_their_region_and_profile_only() {
        openAs(DemoUsers.DEN_HAAG, "");

        assertThat(navigation())
                .containsExactly(
                        "Overzicht",
                        "Den Haag",
                        "Werksessies",
                        "Knelpunten",
                        "Landelijke agenda",
                        "Herkenningsmatrix",
                        "Disciplines per regio",
                        "Factsheets",
                        "Documenten",
                        "Kosten-batenanalyses",
                        "Verankering",
                        "Kennisbank",
                        "Mijn acties",
                        "Mijn profiel");
    }

    @Test
    void an_admin_also_manages_users_and_reads_the_audit_trail() {
        openAs(DemoUsers.ADMIN, "");

        assertThat(navigation())
                .containsExactly(
                        "Overzicht",
                        "Werksessies",
                        "Knelpunten",
                        "Landelijke agenda",
                        "Herkenningsmatrix",
                        "Disciplines per regio",
                        "Factsheets",
                        "Documenten",
                        "Kosten-batenanalyses",
                        "Verankering",
                        "Kennisbank",
                        "Mijn acties",
                        "Mijn profiel",
                        "Gebruikers",
                        "Regio’s beheren",
                        "Audittrail");
    }

    @Test
    void a_facilitator_manages_users_but_has_no_audit_trail() {
        openAs(DemoUsers.FACILITATOR, "");

        assertThat(navigation()).contains("Gebruikers").doesNotContain("Audittrail");
    }

    @Test
    void only_admins_open_the_audit_trail_and_only_facilitators_and_admins_user_management() {
        for (String email : List.of(DemoUsers.OBSERVER, DemoUsers.DEN_HAAG, DemoUsers.FACILITATOR)) {
            openAs(email, "");
            if (!email.equals(DemoUsers.FACILITATOR)) {
                UI.getCurrent().navigate("gebruikers");
                assertThat(showsNothingHere()).as(email + " on user management").isTrue();
                assertThat(_find(Grid.class)).isEmpty();
            }
            UI.getCurrent().navigate("audit");
            assertThat(showsNothingHere()).as(email + " on the audit trail").isTrue();
            UI.getCurrent().navigate("beheer/regios");
            assertThat(showsNothingHere()).as(email + " on region management").isTrue();
            assertThat(_find(Grid.class)).isEmpty();
            tearDownVaadin();
        }
    }

    @Test
    void the_region_switcher_lists_all_seven_with_my_regions_first_and_navigates() {
        openAs(DemoUsers.AMSTERDAM, "");
        @SuppressWarnings("unchecked")
        ComboBox<RegionSummary> switcher = _get(ComboBox.class, spec -> spec.withLabel("Naar regio"));

        List<RegionSummary> regions = ComboBoxKt.getSuggestionItems(switcher);
        assertThat(regions).hasSize(7);
        assertThat(regions.subList(0, 2))
                .extracting(RegionSummary::code)
                .containsExactlyInAnyOrder("amsterdam-olvg", "amsterdam-umc");

        _setValue(
                switcher,
                regions.stream()
                        .filter(r -> r.code().equals("utrecht"))
                        .findFirst()
                        .orElseThrow());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("regio/utrecht");
        assertThat(_get(H2.class, spec -> spec.withId("region-name")).getText()).isEqualTo("Utrecht");
    }

    @Test
    void a_user_who_chose_english_gets_english_labels() {
        openAs("amsterdamumc@werkplaats.demo", "");

        assertThat(navigation())
                .containsExactly(
                        "Overview",
                        "Amsterdam (Amsterdam UMC)",
                        "Working sessions",
                        "Bottlenecks",
                        "National agenda",
                        "Recognition matrix",
                        "Disciplines by region",
                        "Factsheets",
                        "Documents",
                        "Cost-benefit analyses",
                        "Anchoring",
                        "Knowledge base",
                        "My actions",
                        "My profile");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<RegionSummary> switcher() {
        return _get(ComboBox.class, spec -> spec.withLabel("Naar regio"));
    }

    private static String viewTitle() {
        return _get(Span.class, spec -> spec.withClasses("view-title")).getText();
    }

    @Test
    void an_observer_has_no_region_of_their_own_no_actions_and_no_management_items() {
        openAs(DemoUsers.OBSERVER, "");

        assertThat(navigation())
                .containsExactly(
                        "Overzicht",
                        "Werksessies",
                        "Knelpunten",
                        "Landelijke agenda",
                        "Herkenningsmatrix",
                        "Disciplines per regio",
                        "Factsheets",
                        "Documenten",
                        "Kosten-batenanalyses",
                        "Verankering",
                        "Kennisbank",
                        "Mijn profiel");
        assertThat(_get(Span.class, spec -> spec.withClasses("signed-in-user")).getText())
                .isEqualTo("Olga Observer (VWS) · Waarnemer");
    }

    @Test
    void the_switcher_marks_my_region_and_follows_where_i_am() {
        openAs(DemoUsers.DEN_HAAG, "");
        assertThat(switcher().getValue()).isNull();
        assertThat(viewTitle()).isEqualTo("Overzicht");
        assertThat(ComboBoxKt.getSuggestions(switcher())).hasSize(7).first().isEqualTo("Den Haag (mijn regio)");

        UI.getCurrent().navigate("regio/delft");
        assertThat(switcher().getValue()).extracting(RegionSummary::code).isEqualTo("delft");
        assertThat(viewTitle()).isEqualTo("Delft");

        UI.getCurrent().navigate("profiel");
        assertThat(switcher().getValue()).isNull();
        assertThat(viewTitle()).isEqualTo("Mijn profiel");
    }
}
