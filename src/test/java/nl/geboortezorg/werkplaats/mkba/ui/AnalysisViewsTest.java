package nl.geboortezorg.werkplaats.mkba.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.mkba.AmountMode;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.AnalysisState;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefitService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.Made;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AnalysisViewsTest extends ViewTest {

    @Autowired
    CostBenefitService service;

    @Autowired
    BlockedBenefitService blockedBenefits;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    ApplicationContext context;

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    nl.geboortezorg.werkplaats.audit.AuditTrail audit;

    private CostBenefitFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CostBenefitFixture(context);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void a_professional_starts_an_analysis_and_lands_on_it() {
        openAs(DemoUsers.DEN_HAAG, "mkba");
        click("new-mkba");
        String title = unique("Poli sociale verloskunde");
        _setValue(_get(TextField.class, spec -> spec.withId("mkba-title")), title);
        BigDecimalField rate = _get(BigDecimalField.class, spec -> spec.withId("mkba-rate"));
        assertThat(rate.getValue()).isEqualByComparingTo("2.25");
        _setValue(rate, new BigDecimal("25"));

        click("save-mkba");

        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage())
                .isEqualTo("Kies een discontovoet van -5% tot en met 20%, met hoogstens 4 decimalen.");
        assertThat(_get(TextField.class, spec -> spec.withId("mkba-title")).getValue())
                .isEqualTo(title);

        _setValue(rate, new BigDecimal("2.25"));
        click("save-mkba");

        assertThat(_get(H2.class, spec -> spec.withId("mkba-heading")).getText())
                .isEqualTo(title);
        assertThat(text("mkba-verdict")).isEqualTo("Nog geen kosten of baten ingevuld.");
        assertThat(text("mkba-meta")).contains("Den Haag").contains("discontovoet 2,25%");
    }

    @Test
    void results_show_who_pays_and_who_benefits_in_dutch_money() {
        Made made = fixture.analysis(unique("Resultaten"), PublicationLevel.REGION);

        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());

        assertThat(text("mkba-costs")).isEqualTo("€ 1.000");
        assertThat(text("mkba-benefits")).isEqualTo("€ 2.000");
        assertThat(text("mkba-npv")).isEqualTo("€ 1.000");
        assertThat(text("mkba-ratio")).isEqualTo("2,00");
        assertThat(text("mkba-payback")).isEqualTo("2027");
        assertThat(text("mkba-verdict"))
                .isEqualTo("Verkeerde zak: de kosten liggen bij Ziekenhuis, de baten bij Gemeente.");
        Grid<Object> whoPays = grid("mkba-who-pays");
        assertThat(_getFormattedRow(whoPays, 0))
                .containsExactly(
                        "Ziekenhuis (Ziekenhuisbudget)",
                        "€ 1.000",
                        "€ 0",
                        "€ −1.000",
                        "0,00",
                        "niet binnen de looptijd",
                        "betaalt");
        assertThat(_getFormattedRow(whoPays, 1))
                .containsExactly(
                        "Gemeente (Gemeentebegroting)",
                        "€ 0",
                        "€ 2.000",
                        "€ 2.000",
                        "–",
                        "niet van toepassing: het saldo is nooit negatief",
                        "baat");
        assertThat(_getFormattedRow(grid("mkba-streams"), 0)).hasSize(7);
        assertThat(_getFormattedRow(grid("mkba-yearly"), 2)).startsWith("2027", "€ 0", "€ 400");
        assertThat(_getFormattedRow(grid("mkba-yearly"), 2)).endsWith("€ 200");
        assertThat(_getFormattedRow(grid("mkba-rates"), 0)).startsWith("0%");
        assertThat(text("mkba-break-even"))
                .isEqualTo("De netto contante waarde is nul als „Minder jeugdhulp” 50,0% van de raming "
                        + "is: € 200,00 per jaar in plaats van € 400,00 (zekerheid: middel).");

        String chart = _get(SvgPicture.class, spec -> spec.withId("mkba-chart-cumulative"))
                .svg();
        assertThat(chart)
                .contains("role=\"img\"")
                .contains("viewBox=\"0 0 720 ")
                .containsPattern("<title id=\"svg\\d+-t\">Cumulatief contant saldo per jaar</title>")
                .contains("class=\"marker below\"")
                .contains("class=\"marker above\"")
                .contains("€ −600");
        String pairs = _get(SvgPicture.class, spec -> spec.withId("mkba-chart-stakeholders"))
                .svg();
        assertThat(pairs)
                .containsPattern("url\\(#svg\\d+-hatch\\)")
                .contains("Ziekenhuis")
                .contains("€ 2.000");
        String tornado = _get(SvgPicture.class, spec -> spec.withId("mkba-chart-tornado"))
                .svg();
        assertThat(tornado).contains("Minder jeugdhulp").contains("€ 500").contains("€ 1.500");
        // Each chart names itself by ids of its own: a screen reader announces every chart by its own title.
        List<String> ids = new ArrayList<>();
        for (String svg : List.of(chart, pairs, tornado)) {
            Matcher labelledBy =
                    Pattern.compile("aria-labelledby=\"(\\S+) (\\S+)\"").matcher(svg);
            assertThat(labelledBy.find()).isTrue();
            assertThat(svg)
                    .contains("<title id=\"" + labelledBy.group(1) + "\">")
                    .contains("<desc id=\"" + labelledBy.group(2) + "\">");
            Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(9).doesNotHaveDuplicates();
    }

    @Test
    void an_item_with_bad_input_keeps_what_was_typed_and_names_the_field() {
        Made made = fixture.analysis(unique("Invoer"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());

        click("add-benefit");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "Minder crisisopvang");
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("item-amount"));
        _setValue(amount, new BigDecimal("1250.555"));
        BigDecimalField deadweight = _get(BigDecimalField.class, spec -> spec.withId("item-deadweight"));
        _setValue(deadweight, new BigDecimal("120"));
        click("save-item");

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("hoogstens 2 decimalen");
        assertThat(deadweight.getErrorMessage())
                .isEqualTo("Kies een percentage van 0 tot en met 100, met hoogstens 4 decimalen.");
        assertThat(_get(TextField.class, spec -> spec.withId("item-description"))
                        .getValue())
                .isEqualTo("Minder crisisopvang");
        assertThat(service.detail(made.id()).orElseThrow().items()).hasSize(2);

        // Text that is no number at all: the field keeps it, nothing is saved.
        _setValue(amount, null);
        amount.getElement().setProperty("_hasInputValue", true);
        _setValue(deadweight, BigDecimal.TEN);
        click("save-item");
        assertThat(amount.getErrorMessage()).startsWith("Dit is geen getal.");

        amount.getElement().setProperty("_hasInputValue", false);
        _setValue(amount, new BigDecimal("1250.50"));
        click("save-item");

        assertThat(service.detail(made.id()).orElseThrow().items()).hasSize(3);
        assertThat(_size(grid("mkba-items"))).isEqualTo(3);
        assertThat(_getFormattedRow(grid("mkba-items"), 2)).contains("Minder crisisopvang", "deadweight 10%");
    }

    @Test
    void text_that_looks_like_a_patients_data_is_saved_only_when_the_writer_confirms() {
        Made made = fixture.analysis(unique("Persoonsgegevens"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        click("add-benefit");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "Minder opnames");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-amount")), new BigDecimal("100"));
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("item-source")),
                "Gesprek met moeder, geboren 3-4-1990");

        click("save-item");

        ConfirmDialog warning = _get(ConfirmDialog.class, spec -> spec.withId("personal-data-warning"));
        assertThat(warning.getElement().getTextRecursively()).contains("Bron: een geboortedatum (3-4-1990)");
        assertThat(service.detail(made.id()).orElseThrow().items()).hasSize(2);

        _fireConfirm(warning);

        assertThat(service.detail(made.id()).orElseThrow().items()).hasSize(3);
        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(
                        new nl.geboortezorg.werkplaats.audit.AuditFilter("personal-data-warning", null, null, null),
                        0,
                        5))
                .first()
                .satisfies(event -> assertThat(event.changeJson())
                        .contains("DATE_OF_BIRTH")
                        .contains("source")
                        .doesNotContain("1990"));
    }

    @Test
    void amounts_per_year_are_entered_year_by_year() {
        Made made = fixture.analysis(unique("Per jaar"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());

        click("add-cost");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "Opstartkosten");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AmountMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("item-mode"));
        _setValue(mode, AmountMode.PER_YEAR);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-year-2025")), new BigDecimal("5000"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-year-2026")), new BigDecimal("2500.50"));
        click("save-item");

        assertThat(_getFormattedRow(grid("mkba-items"), 2))
                .contains("Opstartkosten", "2025: € 5.000,00; 2026: € 2.500,50");
        assertThat(text("mkba-npv")).isEqualTo("€ −6.501");
    }

    @Test
    void publishing_makes_it_read_only_and_an_observer_reads_a_national_one() {
        Made made = fixture.analysis(unique("Publiceren"), PublicationLevel.NATIONAL);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        click("publish-mkba");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(text("mkba-state")).isEqualTo("Gepubliceerd");
        assertThat(_find(Button.class, spec -> spec.withId("add-cost"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-mkba"))).hasSize(1);
        assertThat(service.detail(made.id()).orElseThrow().state()).isEqualTo(AnalysisState.PUBLISHED);

        openAs(DemoUsers.OBSERVER, "mkba");
        assertThat(_getFormattedRow(grid("mkba-list"), 0)).isNotEmpty();
        UI.getCurrent().navigate("mkba/" + made.id());
        assertThat(text("mkba-npv")).isEqualTo("€ 1.000");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-mkba"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("scenario-mkba"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("new-mkba"))).isEmpty();
    }

    @Test
    void the_writers_own_part_edits_never_make_their_publish_a_conflict() {
        Made made = fixture.analysis(unique("Eigen bewerkingen"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());

        click("add-cost");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "Extra uren");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-amount")), new BigDecimal("250"));
        click("save-item");
        assertThat(_size(grid("mkba-items"))).isEqualTo(3);
        // the benefit is the second row
        _click(_get(
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid("mkba-items"), 1, "actions"),
                Button.class,
                spec -> spec.withId("item-" + made.benefit() + "-remove")));
        assertThat(_size(grid("mkba-items"))).isEqualTo(2);

        click("publish-mkba");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_find(ConfirmDialog.class))
                .noneMatch(d -> "Iemand anders was u voor".equals(ConfirmDialogKt.getHeader(d)));
        assertThat(text("mkba-state")).isEqualTo("Gepubliceerd");
        assertThat(service.detail(made.id()).orElseThrow().state()).isEqualTo(AnalysisState.PUBLISHED);
    }

    @Test
    void a_part_edit_made_elsewhere_after_the_page_was_read_makes_publishing_a_conflict_to_reload() {
        Made made = fixture.analysis(unique("Elders bewerkt"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());

        // A colleague adds an effect while the page is open.
        parts.addEffect(made.id(), new EffectDraft("Meer rust", made.hospital(), EffectDirection.POSITIVE));

        click("publish-mkba");
        _fireConfirm(_get(ConfirmDialog.class));

        ConfirmDialog conflict = _find(ConfirmDialog.class).stream()
                .filter(d -> "Iemand anders was u voor".equals(ConfirmDialogKt.getHeader(d)))
                .findFirst()
                .orElseThrow();
        assertThat(service.detail(made.id()).orElseThrow().state()).isEqualTo(AnalysisState.DRAFT);
        _fireConfirm(conflict);
        assertThat(_size(grid("mkba-effects"))).isEqualTo(1);

        click("publish-mkba");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(service.detail(made.id()).orElseThrow().state()).isEqualTo(AnalysisState.PUBLISHED);
    }

    @Test
    void a_draft_of_another_region_is_not_found() {
        Made made = fixture.analysis(unique("Niet voor Utrecht"), PublicationLevel.NATIONAL);

        openAs(DemoUsers.UTRECHT, "mkba");
        UI.getCurrent().navigate("mkba/" + made.id());
        assertThat(showsNothingHere()).isTrue();
    }

    @Test
    void a_scenario_is_made_changed_and_compared_side_by_side() {
        Made made = fixture.analysis(unique("Basis"), PublicationLevel.REGION);
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());

        click("scenario-mkba");
        _setValue(_get(TextField.class, spec -> spec.withId("scenario-title")), "Pessimistisch");
        click("save-scenario");

        assertThat(_get(H2.class, spec -> spec.withId("mkba-heading")).getText())
                .isEqualTo("Pessimistisch");
        assertThat(text("mkba-scenario-of"))
                .contains(service.detail(made.id()).orElseThrow().title());
        long scenario =
                service.detail(made.id()).orElseThrow().scenarios().getLast().id();
        var benefit = service.detail(scenario).orElseThrow().items().get(1);
        Component actions =
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid("mkba-items"), 1, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("item-" + benefit.id() + "-edit")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-amount")), new BigDecimal("200"));
        click("save-item");
        assertThat(text("mkba-npv")).isEqualTo("€ 0");

        @SuppressWarnings("unchecked")
        Select<Object> compareWith = _get(Select.class, spec -> spec.withId("mkba-compare-with"));
        _setValue(
                compareWith,
                compareWith.getListDataView().getItems().findFirst().orElseThrow());

        Grid<Object> comparison = grid("mkba-compare");
        assertThat(_getFormattedRow(comparison, 3))
                .containsExactly("Netto contante waarde", "€ 0", "€ 1.000", "€ 1.000");
        assertThat(_getFormattedRow(comparison, 8))
                .containsExactly("Netto contante waarde Gemeente", "€ 1.000", "€ 2.000", "€ 1.000");
    }

    @Test
    void a_bottleneck_page_marks_the_benefits_it_blocks() {
        Made made = fixture.analysis(unique("Blokkade"), PublicationLevel.REGION);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        var found = bottlenecks
                .find(BottleneckFilter.all().inRegion(fixture.denHaag), 0, 1)
                .getFirst();
        long bottleneck = found.id();

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + bottleneck);
        Checkbox box = _get(Checkbox.class, spec -> spec.withId("block-" + made.benefit()));
        assertThat(box.getValue()).isFalse();
        _setValue(box, true);

        UI.getCurrent().navigate("mkba/" + made.id());
        assertThat(text("mkba-blockers")).contains("blokkeert:").contains("Minder jeugdhulp");
        assertThat(_getFormattedRow(grid("mkba-items"), 1)).contains(found.title());
        assertThat(service.detail(made.id()).orElseThrow().blockersOf(made.benefit()))
                .hasSize(1);

        openAs(DemoUsers.UTRECHT, "knelpunten/" + bottleneck);
        assertThat(_find(Checkbox.class, spec -> spec.withId("block-" + made.benefit())))
                .isEmpty();
    }

    @Test
    void a_public_analysis_is_in_the_knowledge_base_and_shows_nothing_else_of_the_platform() {
        Made open = fixture.published(unique("Openbare MKBA"), PublicationLevel.PUBLIC);
        Made national = fixture.published(unique("Landelijke MKBA"), PublicationLevel.NATIONAL);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long bottleneck = bottlenecks
                .find(BottleneckFilter.all().inRegion(fixture.denHaag), 0, 1)
                .getFirst()
                .id();
        blockedBenefits.block(bottleneck, open.benefit());

        openAnonymously();
        UI.getCurrent().navigate("kennisbank");
        Grid<nl.geboortezorg.werkplaats.mkba.AnalysisSummary> analyses = grid("public-analyses");
        assertThat(analyses.getGenericDataView().getItems().map(a -> a.id()).toList())
                .contains(open.id())
                .doesNotContain(national.id());

        UI.getCurrent().navigate("kennisbank/mkba/" + open.id());
        assertThat(_get(H2.class, spec -> spec.withId("mkba-heading")).getText())
                .startsWith("Openbare MKBA");
        assertThat(text("mkba-npv")).isEqualTo("€ 1.000");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class))
                .extracting(a -> a.getHref())
                .allSatisfy(
                        href -> assertThat(href).doesNotContain("knelpunten").doesNotContain("mkba/" + open.id()));
        assertThat(_find(Button.class)).isEmpty();
        UI.getCurrent().navigate("kennisbank/mkba/" + national.id());
        assertThat(showsNothingHere()).isTrue();
    }

    @Test
    void the_menu_leads_to_the_analyses() {
        openAs(DemoUsers.OBSERVER, "mkba");
        assertThat(_get(H2.class).getText()).isEqualTo("Kosten-batenanalyses");
        assertThat(_get(com.vaadin.flow.component.sidenav.SideNav.class).getItems())
                .anySatisfy(item -> assertThat(item.getPath()).isEqualTo("mkba"));
    }
}
