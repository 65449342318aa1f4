package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.RecognitionMatrix;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organisation-type filters of the bottleneck list (kept in the address) and of the recognition matrix. */
class OrganisationTypeViewsTest extends ViewTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    private BottleneckFixture fixture;
    private String word;
    private Bottleneck hospital;
    private Bottleneck midwives;

    @BeforeEach
    void two_bottlenecks_of_different_disciplines() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        word = unique("Soortfilter");
        hospital = fixture.raisedInDenHaag(word + " ziekenhuis");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        midwives = bottlenecks.raise(
                fixture.denHaag,
                new BottleneckDraft(
                        word + " verloskundigen",
                        "Verloskundigen krijgen het niet vergoed.",
                        BottleneckCategory.WORKFORCE,
                        Set.of(OrganisationType.MIDWIFERY),
                        Set.of(),
                        null));
        SignIn.out();
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<OrganisationType> types(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> listed() {
        Grid<BottleneckSummary> grid = _get(Grid.class, spec -> spec.withId("bottlenecks"));
        return _findAll(grid).stream().map(BottleneckSummary::id).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> inMatrix() {
        Grid<RecognitionMatrix.Row> grid = _get(Grid.class, spec -> spec.withId("recognition-matrix"));
        return _findAll(grid).stream()
                .map(RecognitionMatrix.Row::bottleneckId)
                .filter(List.of(hospital.id(), midwives.id())::contains)
                .toList();
    }

    @Test
    void the_list_filters_on_the_types_involved_and_keeps_them_in_the_address() {
        openAs(DemoUsers.OBSERVER, "");
        UI.getCurrent()
                .navigate(
                        "knelpunten",
                        QueryParameters.simple(Map.of("organisatiesoort", "midwifery,onzin", "zoek", word)));
        BottleneckListView view = _get(BottleneckListView.class);

        assertThat(types("filter-organisation-types").getValue()).containsExactly(OrganisationType.MIDWIFERY);
        assertThat(listed()).containsExactly(midwives.id());

        _setValue(types("filter-organisation-types"), Set.of(OrganisationType.HOSPITAL, OrganisationType.MIDWIFERY));
        assertThat(listed()).containsExactlyInAnyOrder(hospital.id(), midwives.id());
        assertThat(URLDecoder.decode(view.address().getQueryString(), StandardCharsets.UTF_8))
                .contains("organisatiesoort=hospital,midwifery");

        _setValue(types("filter-organisation-types"), Set.of(OrganisationType.HEALTH_INSURER));
        assertThat(listed()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("clear-filters")));
        assertThat(types("filter-organisation-types").getValue()).isEmpty();
        assertThat(view.address().getQueryString()).doesNotContain("organisatiesoort");
    }

    @Test
    void the_matrix_filters_on_category_status_and_type_and_exports_what_it_shows() {
        fixture.promoted(midwives);
        openAs(DemoUsers.OBSERVER, "herkenningsmatrix");
        RecognitionMatrixView view = _get(RecognitionMatrixView.class);
        assertThat(inMatrix()).containsExactlyInAnyOrder(hospital.id(), midwives.id());
        assertThat(select("matrix-status").getListDataView().getItems())
                .doesNotContain(BottleneckStatus.CLOSED, BottleneckStatus.WITHDRAWN)
                .contains(BottleneckStatus.RAISED, BottleneckStatus.ON_AGENDA);

        _setValue(types("matrix-organisation-types"), Set.of(OrganisationType.MIDWIFERY));
        assertThat(inMatrix()).containsExactly(midwives.id());
        _setValue(types("matrix-organisation-types"), Set.of());
        _setValue(select("matrix-category"), BottleneckCategory.FINANCING);
        assertThat(inMatrix()).containsExactly(hospital.id());
        _setValue(select("matrix-category"), null);
        _setValue(select("matrix-status"), BottleneckStatus.ON_AGENDA);
        assertThat(inMatrix()).containsExactly(midwives.id());

        Anchor export = _get(Anchor.class, spec -> spec.withId("matrix-export"));
        assertThat(export.getText()).isEqualTo("Matrix (CSV)");
        assertThat(export.getHref()).isNotBlank();
        assertThat(view.exportedRows().rows())
                .extracting(RecognitionMatrix.Row::status)
                .containsOnly(BottleneckStatus.ON_AGENDA);
        assertThat(view.exportedRows().rows())
                .extracting(RecognitionMatrix.Row::bottleneckId)
                .contains(midwives.id())
                .doesNotContain(hospital.id());
    }
}
