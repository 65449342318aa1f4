package nl.geboortezorg.werkplaats.anchoring.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AnchoringViewTest extends ViewTest {

    @Autowired
    AnchoringService service;

    @Autowired
    JdbcTemplate jdbc;

    private static final String APELDOORN = "apeldoorn@werkplaats.demo";

    /** The view saves through the service in its own transaction; what it saved for Apeldoorn goes again. */
    @AfterEach
    void forget() {
        jdbc.update(
                "delete from anchoring_assessment where region_id = (select id from region where code = 'apeldoorn')");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> score(Dimension dimension) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("anchoring-score-" + dimension.name()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void a_professional_assesses_the_quarter_and_sees_it_in_the_trend_and_the_national_view() {
        openAs(APELDOORN, "verankering");
        assertThat(score(Dimension.GOVERNANCE).getItemLabelGenerator().apply(4))
                .isEqualTo("4 – Stuurgroep met mandaat en vaste agenda");
        for (Dimension dimension : Dimension.values()) {
            if (dimension != Dimension.FAMILY_EXPERIENCE) {
                _setValue(score(dimension), 3);
            }
        }
        TextArea comment = _get(TextArea.class, spec -> spec.withId("anchoring-comment-DATA_SHARING"));
        _setValue(comment, "Convenant ligt bij de juristen.");

        _click(_get(Button.class, spec -> spec.withId("anchoring-save")));

        assertThat(score(Dimension.FAMILY_EXPERIENCE).isInvalid()).isTrue();
        assertThat(score(Dimension.FAMILY_EXPERIENCE).getErrorMessage()).isEqualTo("Kies een score.");
        assertThat(comment.getValue()).isEqualTo("Convenant ligt bij de juristen.");
        assertThat(_size(grid("anchoring-trend"))).isZero();

        _setValue(score(Dimension.FAMILY_EXPERIENCE), 2);
        _click(_get(Button.class, spec -> spec.withId("anchoring-save")));

        assertThat(_size(grid("anchoring-trend"))).isEqualTo(1);
        assertThat(_getFormattedRow(grid("anchoring-trend"), 0))
                .containsExactly(service.currentQuarter().toString(), "3", "3", "3", "3", "3", "2");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("anchoring-assessed-count"))
                        .getText())
                .isEqualTo("1 van 7 regio’s beoordeeld");
        Grid<Object> national = grid("anchoring-national-table");
        List<List<String>> rows = java.util.stream.IntStream.range(0, _size(national))
                .mapToObj(row -> _getFormattedRow(national, row))
                .toList();
        assertThat(rows)
                .contains(
                        List.of("Apeldoorn", "3", "3", "3", "3", "3", "2"),
                        List.of("Utrecht", "–", "–", "–", "–", "–", "–"));
        assertThat(_get(Div.class, spec -> spec.withId("anchoring-chart"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("role=\"img\"")
                .contains("Structurele financiering")
                .contains("class=\"average\"")
                .contains(">2,0<");
        assertThat(_get(TextArea.class, spec -> spec.withId("anchoring-comment-DATA_SHARING"))
                        .getValue())
                .isEqualTo("Convenant ligt bij de juristen.");
    }

    @Test
    void the_trend_shows_how_each_dimension_moved() {
        var now = service.currentQuarter();
        nl.geboortezorg.werkplaats.testsupport.SignIn.as(users, APELDOORN);
        long apeldoorn = service.regionsToAssess().getFirst().id();
        service.save(apeldoorn, now.previous(), null, scores(2, 3));
        service.save(apeldoorn, now, null, scores(3, 3));

        openAs(APELDOORN, "verankering");

        assertThat(_getFormattedRow(grid("anchoring-trend"), 0))
                .containsExactly(now.toString(), "↑ 3", "3", "3", "3", "3", "3");
        assertThat(_getFormattedRow(grid("anchoring-trend"), 1))
                .containsExactly(now.previous().toString(), "2", "3", "3", "3", "3", "3");
    }

    private static List<Score> scores(int funding, int rest) {
        return java.util.Arrays.stream(Dimension.values())
                .map(d -> new Score(d, d == Dimension.STRUCTURAL_FUNDING ? funding : rest, ""))
                .toList();
    }

    @Test
    void a_comment_that_looks_like_a_patients_data_is_saved_only_after_confirming() {
        openAs(APELDOORN, "verankering");
        for (Dimension dimension : Dimension.values()) {
            _setValue(score(dimension), 2);
        }
        _setValue(
                _get(TextArea.class, spec -> spec.withId("anchoring-comment-FAMILY_EXPERIENCE")),
                "Moeder, geboren 3-4-1990, vond de overdracht fijn");

        _click(_get(Button.class, spec -> spec.withId("anchoring-save")));

        com.vaadin.flow.component.confirmdialog.ConfirmDialog warning = _get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("personal-data-warning"));
        assertThat(_size(grid("anchoring-trend"))).isZero();

        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(warning);

        assertThat(_size(grid("anchoring-trend"))).isEqualTo(1);
    }

    @Test
    void an_observer_sees_the_national_view_only() {
        openAs(DemoUsers.OBSERVER, "verankering");

        assertThat(_find(Div.class, spec -> spec.withId("anchoring-own"))).isEmpty();
        assertThat(_size(grid("anchoring-national-table"))).isEqualTo(7);
    }
}
