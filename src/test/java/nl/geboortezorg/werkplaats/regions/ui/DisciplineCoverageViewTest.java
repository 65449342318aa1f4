package nl.geboortezorg.werkplaats.regions.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.regions.DisciplineCoverage;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Disciplines × regions on screen: each cell in words behind an aria-hidden symbol, what is missing in the footer. */
class DisciplineCoverageViewTest extends ViewTest {

    @Autowired
    RegionService regions;

    @SuppressWarnings("unchecked")
    private static Grid<DisciplineCoverage.Discipline> grid() {
        return _get(Grid.class, spec -> spec.withId("discipline-coverage"));
    }

    @Test
    void an_observer_reads_which_disciplines_take_part_where_and_what_is_missing() {
        SignIn.as(users, DemoUsers.OBSERVER);
        DisciplineCoverage coverage = regions.disciplineCoverage();
        openAs(DemoUsers.OBSERVER, "disciplines");

        Grid<DisciplineCoverage.Discipline> grid = grid();
        List<DisciplineCoverage.Discipline> rows = _findAll(grid);
        assertThat(rows).extracting(DisciplineCoverage.Discipline::type).containsExactly(OrganisationType.values());
        assertThat(grid.getColumns()).hasSize(1 + coverage.regions().size());
        List<String> missingCells = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            DisciplineCoverage.Discipline discipline = rows.get(row);
            for (RegionChoice region : coverage.regions()) {
                Component cell = _getCellComponent(grid, row, "region-" + region.id());
                String text = cell.getElement().getTextRecursively();
                DisciplineCoverage.Presence presence = discipline.in(region.id());
                if (presence.takesPart()) {
                    assertThat(text).startsWith("✓ ");
                    if (presence.organisations() > 0) {
                        assertThat(text).contains(presence.organisations() + " organisatie");
                    }
                    if (presence.members() == 0) {
                        assertThat(text).doesNotContain("lid", "leden");
                    }
                } else if (discipline.missingIn(region.id())) {
                    assertThat(text).isEqualTo("✗ Ontbreekt");
                    missingCells.add(region.name() + ": " + discipline.type());
                } else {
                    assertThat(text).isEqualTo("– Niet aanwezig");
                }
                assertThat(cell.getElement().getChild(0).getAttribute("aria-hidden"))
                        .as("the symbol is for the eye; the words say it to a screen reader")
                        .isEqualTo("true");
            }
        }
        assertThat(missingCells).as("the demo partnerships each lack something").isNotEmpty();

        var footer = grid.getFooterRows().getFirst();
        for (RegionChoice region : coverage.regions()) {
            String shown = footer.getCell(grid.getColumnByKey("region-" + region.id()))
                    .getComponent()
                    .getElement()
                    .getTextRecursively();
            List<OrganisationType> missing = coverage.missingIn(region.id());
            assertThat(shown)
                    .isEqualTo(
                            missing.isEmpty()
                                    ? "Compleet: alle verwachte doen mee"
                                    : missing.stream()
                                            .map(t -> grid.getTranslation("organisation-type." + t.name()))
                                            .collect(Collectors.joining(", ")));
        }
        assertThat(_find(Paragraph.class, spec -> spec.withId("disciplines-legend")))
                .singleElement()
                .satisfies(legend -> assertThat(legend.getText()).contains("✓", "✗", "–"));
    }

    @Test
    void a_professional_opens_it_too_and_the_expected_disciplines_say_so() {
        openAs(DemoUsers.DEN_HAAG, "disciplines");

        List<String> names = new ArrayList<>();
        for (int row = 0; row < OrganisationType.values().length; row++) {
            names.add(_getFormatted(grid(), row, "discipline"));
        }
        assertThat(names)
                .startsWith("Ziekenhuis (verwacht)", "Verloskundigenpraktijk (verwacht)")
                .contains("Zorgverzekeraar", "Overig")
                .filteredOn(name -> name.endsWith("(verwacht)"))
                .hasSize(OrganisationType.EXPECTED.size());
    }
}
