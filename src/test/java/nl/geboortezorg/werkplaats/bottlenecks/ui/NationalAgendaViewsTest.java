package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixFilter;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.RecognitionMatrix;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.Made;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NationalAgendaViewsTest extends ViewTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    CostBenefitService costBenefit;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgendaEntry> agendaGrid() {
        return _get(Grid.class, spec -> spec.withId("national-agenda"));
    }

    private static List<Long> shownOrder() {
        return _findAll(agendaGrid()).stream().map(AgendaEntry::bottleneckId).toList();
    }

    private static int rowOf(long bottleneckId) {
        return shownOrder().indexOf(bottleneckId);
    }

    @Test
    void a_facilitator_moves_an_item_up_and_the_new_order_is_kept() {
        Bottleneck first = fixture.promoted(fixture.raisedInDenHaag(unique("Agenda eerst")));
        Bottleneck second = fixture.promoted(fixture.raisedInDenHaag(unique("Agenda tweede")));
        openAs(DemoUsers.FACILITATOR, "nationale-agenda");
        assertThat(rowOf(first.id())).isEqualTo(rowOf(second.id()) - 1);

        Component buttons = _getCellComponent(agendaGrid(), rowOf(second.id()), "order");
        _click(_get(buttons, Button.class, spec -> spec.withClasses("move-up")));

        assertThat(rowOf(second.id())).isEqualTo(rowOf(first.id()) - 1);
        SignIn.as(users, DemoUsers.OBSERVER);
        List<Long> stored =
                agenda.agenda().stream().map(AgendaEntry::bottleneckId).toList();
        assertThat(stored.indexOf(second.id())).isEqualTo(stored.indexOf(first.id()) - 1);
    }

    @Test
    void a_stale_order_is_refused_and_the_page_shows_the_order_as_it_now_is() {
        Bottleneck first = fixture.promoted(fixture.raisedInDenHaag(unique("Oud eerst")));
        Bottleneck second = fixture.promoted(fixture.raisedInDenHaag(unique("Oud tweede")));
        openAs(DemoUsers.FACILITATOR, "nationale-agenda");
        NationalAgendaView view = _get(NationalAgendaView.class);

        List<Long> seen = shownOrder();
        List<Long> othersOrder = new ArrayList<>(seen);
        othersOrder.remove(first.id());
        othersOrder.addFirst(first.id());
        agenda.reorder(seen, othersOrder);
        view.move(rowOf(second.id()), rowOf(second.id()) - 1);

        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        assertThat(shownOrder()).containsExactlyElementsOf(othersOrder);
        assertThat(agenda.agenda()).extracting(AgendaEntry::bottleneckId).containsExactlyElementsOf(othersOrder);
    }

    @Test
    void observers_read_the_agenda_and_its_exports_without_reordering() {
        Bottleneck promoted = fixture.promoted(fixture.raisedInDenHaag(unique("Voor VWS")));
        openAs(DemoUsers.OBSERVER, "nationale-agenda");

        assertThat(shownOrder()).contains(promoted.id());
        assertThat(_find(_get(NationalAgendaView.class), Button.class))
                .as("compiling the dossier is reading; nothing to reorder")
                .singleElement()
                .satisfies(button -> assertThat(button.getId()).contains("agenda-dossier-compile"));
        assertThat(_get(Anchor.class, spec -> spec.withId("export-briefing")).getText())
                .isEqualTo("Briefing (PDF)");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getHref())
                .isNotBlank();
    }

    @Test
    void the_bottleneck_page_and_the_agenda_show_what_its_blocked_benefits_are_worth() {
        Made national = new CostBenefitFixture(context).published(unique("Baten"), PublicationLevel.NATIONAL);
        BigDecimal worth = costBenefit.detail(national.id()).orElseThrow().results().items().stream()
                .filter(result -> result.item().id() == national.benefit())
                .findFirst()
                .orElseThrow()
                .presentValue();
        String euros = "€ "
                + String.format(
                        Locale.of("nl", "NL"),
                        "%,d",
                        worth.setScale(0, RoundingMode.HALF_UP).longValue());
        Bottleneck blocking = fixture.promoted(fixture.raisedInDenHaag(unique("Blokkeert baten")));

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + blocking.id());
        assertThat(_find(Paragraph.class, spec -> spec.withId("blocked-value"))).isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withId("block-" + national.benefit())), true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("blocked-value")).getText())
                .isEqualTo("Samen " + euros + " aan baten (contante waarde): 1 baat in 1 analyse.");

        openAs(DemoUsers.OBSERVER, "nationale-agenda");
        assertThat(_getFormatted(agendaGrid(), rowOf(blocking.id()), "blocked")).isEqualTo(euros + " in 1 analyse");
        Bottleneck other = fixture.promoted(fixture.raisedInDenHaag(unique("Blokkeert niets")));
        openAs(DemoUsers.OBSERVER, "nationale-agenda");
        assertThat(_getFormatted(agendaGrid(), rowOf(other.id()), "blocked")).isEqualTo("geen bekend");
    }

    @Test
    void the_matrix_marks_raised_recognised_and_not_per_region_and_opens_a_quote() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Matrix"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Ook bij ons op de poli");
        openAs(DemoUsers.OBSERVER, "herkenningsmatrix");
        RecognitionMatrixView view = _get(RecognitionMatrixView.class);
        @SuppressWarnings("unchecked")
        Select<MatrixSort> sort = _get(Select.class, spec -> spec.withId("matrix-sort"));
        _setValue(sort, MatrixSort.NEWEST);
        @SuppressWarnings("unchecked")
        Grid<RecognitionMatrix.Row> grid = _get(Grid.class, spec -> spec.withId("recognition-matrix"));
        RecognitionMatrix.Row row = _findAll(grid).stream()
                .filter(r -> r.bottleneckId() == raised.id())
                .findFirst()
                .orElseThrow();
        RecognitionMatrix matrix = bottlenecks.matrix(MatrixFilter.all(), MatrixSort.NEWEST, 0, 1);

        List<String> cells = matrix.regions().stream()
                .map(region -> view.cell(row, region).getElement().getTextRecursively())
                .toList();
        assertThat(cells).filteredOn(text -> text.contains("Gemeld")).hasSize(1);
        assertThat(cells).filteredOn(text -> text.contains("Herkend")).hasSize(1);
        assertThat(cells)
                .filteredOn(text -> text.contains("Niet"))
                .hasSize(matrix.regions().size() - 2);

        Button recognised = (Button) view.cell(
                row,
                matrix.regions().stream()
                        .filter(r -> r.id() == fixture.utrecht)
                        .findFirst()
                        .orElseThrow());
        assertThat(recognised.getTooltip().getText()).contains("Ook bij ons op de poli");
        _click(recognised);
        assertThat(_get(Dialog.class, spec -> spec.withId("recognition-quote-dialog"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ook bij ons op de poli", "Uma Jansen");
        assertThat(recognised.getText()).isEqualTo("Herkend, 1 citaat");
        assertThat(_get(Paragraph.class, spec -> spec.withId("matrix-legend"))
                        .getElement()
                        .getTextRecursively())
                .contains("Gemeld", "Herkend met een citaat", "Herkend zonder citaat", "Niet herkend");
    }
}
