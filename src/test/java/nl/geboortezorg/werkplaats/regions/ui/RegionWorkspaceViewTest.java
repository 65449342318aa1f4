package nl.geboortezorg.werkplaats.regions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.AgendaItemDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegionWorkspaceViewTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Autowired
    WorkSessionService sessions;

    private static Section section(String id) {
        return _get(Section.class, spec -> spec.withId(id));
    }

    private static java.util.List<String> items(String sectionId) {
        return _find(section(sectionId), ListItem.class).stream()
                .map(ListItem::getText)
                .toList();
    }

    @Test
    void a_member_sees_the_lead_the_partners_by_type_and_the_members() {
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");

        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-organisation"))
                        .getText())
                .isEqualTo("Penvoerder: HagaZiekenhuis / Juliana Kinderziekenhuis");
        assertThat(items("organisations")).contains("Gemeente Den Haag", "Kraamzorg Haaglanden", "JGZ Haaglanden");
        assertThat(_find(section("organisations"), com.vaadin.flow.component.html.Span.class))
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .contains("Ziekenhuis", "Verloskundigenpraktijk", "Gemeente", "Zorgverzekeraar");
        assertThat(_find(section("missing-types"), Paragraph.class))
                .extracting(Paragraph::getText)
                .containsExactly("Alle verwachte disciplines doen mee.");
        assertThat(_find(section("members"), Grid.class)).hasSize(1);
        assertThat(_find(section("organisations"), Button.class, spec -> spec.withId("add-organisation")))
                .hasSize(1);
    }

    @Test
    void another_region_shows_its_missing_disciplines_and_only_a_member_count() {
        openAs(DemoUsers.DEN_HAAG, "regio/utrecht");

        assertThat(items("missing-types")).containsExactly("Kraamzorg");
        assertThat(_find(section("members"), Grid.class)).isEmpty();
        assertThat(_find(section("members"), Paragraph.class))
                .extracting(Paragraph::getText)
                .containsExactly("Dit partnerschap heeft 1 lid.");
        assertThat(_find(Button.class, spec -> spec.withId("add-organisation"))).isEmpty();
    }

    @Test
    void a_member_adds_an_organisation_through_the_dialog() {
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");
        String name = "Wijkteam Moerwijk " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withId("add-organisation")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), name);
        @SuppressWarnings("unchecked")
        Select<OrganisationType> type = _get(Select.class, spec -> spec.withLabel("Soort organisatie"));
        _setValue(type, OrganisationType.SOCIAL_DOMAIN);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(items("organisations")).contains(name);
    }

    @Test
    void bad_names_are_shown_at_the_field_and_the_typed_text_stays() {
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");
        _click(_get(Button.class, spec -> spec.withId("add-organisation")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Naam"));
        Button save = _get(Button.class, spec -> spec.withText("Opslaan"));

        _click(save);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Dit veld is verplicht.");

        String tooLong = "x".repeat(151);
        name.setValue(tooLong);
        _click(save);
        assertThat(name.getErrorMessage()).isEqualTo("Maximaal 150 tekens.");
        assertThat(name.getValue()).isEqualTo(tooLong);

        _setValue(name, "Gemeente Den Haag");
        @SuppressWarnings("unchecked")
        Select<OrganisationType> type = _get(Select.class, spec -> spec.withLabel("Soort organisatie"));
        _setValue(type, OrganisationType.MUNICIPALITY);
        _click(save);
        assertThat(name.getErrorMessage()).isEqualTo("Deze naam is al in gebruik.");
        assertThat(name.isAttached()).isTrue();
    }

    @Test
    void a_stale_edit_offers_a_reload_and_keeps_the_other_change() {
        openAs(DemoUsers.FACILITATOR, "regio/delft");
        long delft = regions.workspace("delft").orElseThrow().region().id();
        Organisation original = regions.addOrganisation(
                delft, new OrganisationDraft("Jeugdteam Delft " + System.nanoTime(), OrganisationType.SOCIAL_DOMAIN));
        UI.getCurrent().navigate("regio/delft");

        _click(_get(
                Button.class, spec -> spec.withAttribute("aria-label", "Organisatie wijzigen: " + original.name())));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Naam"));
        regions.updateOrganisation(
                original.id(),
                original.version(),
                new OrganisationDraft(original.name() + " (ander)", OrganisationType.SOCIAL_DOMAIN));
        _setValue(name, original.name() + " (mijn versie)");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        ConfirmDialog conflict = _get(ConfirmDialog.class);
        assertThat(conflict.isOpened()).isTrue();
        assertThat(name.getValue()).isEqualTo(original.name() + " (mijn versie)");
        assertThat(regions.workspace("delft").orElseThrow().organisations())
                .extracting(Organisation::name)
                .contains(original.name() + " (ander)")
                .doesNotContain(original.name() + " (mijn versie)");
    }

    @Test
    void the_workspace_links_the_regions_and_national_sessions_but_not_another_regions() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        long utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        // Sooner than what other tests plan, so these are among the five shown.
        Instant soon = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String stamp = " " + System.nanoTime();
        WorkSession own = plan(denHaag, "Haags overleg" + stamp, soon);
        WorkSession national = plan(null, "Landelijke dag" + stamp, soon.plus(30, ChronoUnit.MINUTES));
        WorkSession elsewhere = plan(utrecht, "Utrechts overleg" + stamp, soon);
        // Closed, and starting later than anything else, so it heads the past sessions.
        WorkSession closed = plan(denHaag, "Afgerond overleg" + stamp, soon.plus(365, ChronoUnit.DAYS));
        closed = sessions.start(closed.id(), closed.version());
        sessions.close(closed.id(), closed.version(), Set.of());

        // A facilitator may see every session, so only the region decides what is left out.
        openAs(DemoUsers.FACILITATOR, "regio/den-haag");

        Section upcoming = section("region-sessions-upcoming");
        assertThat(_find(upcoming, RouterLink.class))
                .extracting(RouterLink::getText)
                .contains(own.title(), national.title())
                .doesNotContain(elsewhere.title());
        RouterLink ownLink = _get(upcoming, RouterLink.class, spec -> spec.withText(own.title()));
        assertThat(ownLink.getHref()).isEqualTo("sessies/" + own.id());
        assertThat(ownLink.getParent().orElseThrow().getElement().getTextRecursively())
                .isEqualTo(DutchFormats.dateTime(soon) + " " + own.title() + "Gepland");
        assertThat(_get(upcoming, RouterLink.class, spec -> spec.withText(national.title()))
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getTextRecursively())
                .contains("(Landelijk)");
        RouterLink closedLink =
                _find(section("region-sessions-past"), RouterLink.class).getFirst();
        assertThat(closedLink.getText()).isEqualTo(closed.title());
        assertThat(closedLink.getParent().orElseThrow().getElement().getTextRecursively())
                .endsWith("Gesloten");
        assertThat(_get(RouterLink.class, spec -> spec.withId("all-sessions")).getHref())
                .isEqualTo("sessies");
    }

    @Test
    void another_regions_workspace_shows_a_professional_only_the_national_sessions() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        long utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        Instant soon = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        WorkSession elsewhere = plan(utrecht, "Alleen voor Utrecht " + System.nanoTime(), soon);
        WorkSession national = plan(null, "Voor alle regio's " + System.nanoTime(), soon);

        openAs(DemoUsers.DEN_HAAG, "regio/utrecht");

        assertThat(_find(section("region-sessions"), RouterLink.class))
                .extracting(RouterLink::getText)
                .contains(national.title())
                .doesNotContain(elsewhere.title());
        assertThat(_find(section("region-sessions"), ListItem.class))
                .allSatisfy(item ->
                        assertThat(item.getElement().getTextRecursively()).contains("(Landelijk)"));
    }

    private WorkSession plan(Long regionId, String title, Instant startsAt) {
        return sessions.create(new WorkSessionDraft(
                regionId,
                title,
                startsAt,
                startsAt.plus(1, ChronoUnit.HOURS),
                null,
                null,
                List.of(new AgendaItemDraft("Opening", 10, null)),
                Set.of()));
    }

    @Test
    void an_unknown_region_is_not_found() {
        openAs(DemoUsers.DEN_HAAG, "");

        UI.getCurrent().navigate("regio/atlantis");
        assertThat(showsNothingHere()).isTrue();
    }

    private Organisation addToDenHaag(String name) {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        return regions.addOrganisation(denHaag, new OrganisationDraft(name, OrganisationType.SOCIAL_DOMAIN));
    }

    @Test
    void reloading_after_a_stale_edit_closes_the_form_and_shows_the_other_change() {
        Organisation original = addToDenHaag("Buurtteam Escamp " + System.nanoTime());
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");

        _click(_get(
                Button.class, spec -> spec.withAttribute("aria-label", "Organisatie wijzigen: " + original.name())));
        regions.updateOrganisation(
                original.id(),
                original.version(),
                new OrganisationDraft(original.name() + " (ander)", OrganisationType.SOCIAL_DOMAIN));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), original.name() + " (mijn versie)");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        ConfirmDialog conflict = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(conflict)).isEqualTo("Iemand anders was u voor");

        _fireConfirm(conflict);

        assertThat(_find(OrganisationDialog.class)).isEmpty();
        assertThat(items("organisations"))
                .contains(original.name() + " (ander)")
                .doesNotContain(original.name(), original.name() + " (mijn versie)");
    }

    @Test
    void a_member_renames_an_organisation_and_the_list_shows_the_new_name() {
        Organisation original = addToDenHaag("Stichting Kraamhulp " + System.nanoTime());
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");
        clearNotifications();

        _click(_get(
                Button.class, spec -> spec.withAttribute("aria-label", "Organisatie wijzigen: " + original.name())));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Naam"));
        assertThat(name.getValue()).isEqualTo(original.name());
        _setValue(name, original.name() + " Zuid");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        expectNotifications("Opgeslagen");
        assertThat(_find(OrganisationDialog.class)).isEmpty();
        assertThat(items("organisations")).contains(original.name() + " Zuid").doesNotContain(original.name());
        assertThat(regions.workspace("den-haag").orElseThrow().organisations())
                .extracting(Organisation::name)
                .contains(original.name() + " Zuid");
    }

    @Test
    void a_member_removes_a_partner_but_the_lead_has_no_remove_button() {
        Organisation partner = addToDenHaag("Voedselbank Haaglanden " + System.nanoTime());
        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");
        clearNotifications();

        assertThat(_find(
                        Button.class,
                        spec -> spec.withAttribute(
                                "aria-label", "Organisatie verwijderen: HagaZiekenhuis / Juliana Kinderziekenhuis")))
                .isEmpty();
        _click(_get(
                Button.class, spec -> spec.withAttribute("aria-label", "Organisatie verwijderen: " + partner.name())));

        expectNotifications(partner.name() + " is verwijderd.");
        assertThat(items("organisations")).doesNotContain(partner.name());
        assertThat(regions.workspace("den-haag").orElseThrow().organisations())
                .extracting(Organisation::name)
                .doesNotContain(partner.name());
    }

    @Test
    void an_observer_reads_a_region_without_edit_buttons_or_member_names() {
        openAs(DemoUsers.OBSERVER, "regio/den-haag");

        assertThat(items("organisations")).contains("Gemeente Den Haag");
        assertThat(_find(Button.class, spec -> spec.withId("add-organisation"))).isEmpty();
        assertThat(_find(section("organisations"), Button.class)).isEmpty();
        assertThat(_find(section("members"), Grid.class)).isEmpty();
        assertThat(_find(section("members"), Paragraph.class))
                .singleElement()
                .satisfies(count -> assertThat(count.getText()).startsWith("Dit partnerschap heeft"));
    }

    @Test
    void a_region_without_youth_health_care_names_it_as_missing() {
        openAs(DemoUsers.DEN_HAAG, "regio/delft");

        assertThat(_find(section("missing-types"), Paragraph.class))
                .extracting(Paragraph::getText)
                .containsExactly(
                        "Deze disciplines horen bij sociale geboortezorg, maar doen in deze regio nog niet mee:");
        assertThat(items("missing-types")).contains("Jeugdgezondheidszorg (JGZ)");
    }
}
