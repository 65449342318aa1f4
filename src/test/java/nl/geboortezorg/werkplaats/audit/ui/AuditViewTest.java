package nl.geboortezorg.werkplaats.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.geboortezorg.werkplaats.audit.AuditEvent;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Test
    void the_admin_reads_who_changed_what_newest_first_and_filters_it() {
        SignIn.as(users, DemoUsers.ZUID_LIMBURG);
        String name = "Huisartsen Heuvelland " + System.nanoTime();
        regions.addOrganisation(
                regions.workspace("zuid-limburg").orElseThrow().region().id(),
                new OrganisationDraft(name, OrganisationType.OTHER));
        openAs(DemoUsers.ADMIN, "audit");

        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-events"));
        assertThat(_getFormattedRow(grid, 0)).contains(DemoUsers.ZUID_LIMBURG, "organisation", "create");
        assertThat(_getFormattedRow(grid, 0).getFirst()).matches("\\d{1,2}-\\d{1,2}-\\d{4} \\d{2}:\\d{2}:\\d{2}");

        @SuppressWarnings("unchecked")
        Select<String> type = _get(Select.class, spec -> spec.withId("audit-entity-type"));
        _setValue(type, "organisation");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), "zuidlimburg");

        assertThat(_findAll(grid)).isNotEmpty().allSatisfy(event -> {
            assertThat(event.entityType()).isEqualTo("organisation");
            assertThat(event.actorEmail()).isEqualTo(DemoUsers.ZUID_LIMBURG);
        });
        assertThat(_findAll(grid).getFirst().changeJson()).contains(name);
    }

    @Test
    void the_date_filter_speaks_dutch() {
        openAs(DemoUsers.ADMIN, "audit");

        DatePicker from = _get(DatePicker.class, spec -> spec.withId("audit-from"));
        assertThat(from.getI18n().getMonthNames()).startsWith("januari", "februari");
        assertThat(from.getI18n().getWeekdays()).startsWith("zondag", "maandag");
        assertThat(from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(from.getI18n().getToday()).isEqualTo("Vandaag");
    }

    @Test
    void a_period_ending_yesterday_leaves_out_todays_changes() {
        SignIn.as(users, DemoUsers.ZUID_LIMBURG);
        regions.addOrganisation(
                regions.workspace("zuid-limburg").orElseThrow().region().id(),
                new OrganisationDraft("Kraamzorg Heuvelland " + System.nanoTime(), OrganisationType.MATERNITY_CARE));
        openAs(DemoUsers.ADMIN, "audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-events"));
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today);
        assertThat(_size(grid)).isPositive();

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Tot en met")), today.minusDays(1));

        assertThat(_size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("Geen wijzigingen gevonden.");
    }
}
