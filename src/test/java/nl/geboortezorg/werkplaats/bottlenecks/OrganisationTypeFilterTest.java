package nl.geboortezorg.werkplaats.bottlenecks;

import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The list and the recognition matrix filtered on the organisation types a bottleneck involves, and more. */
@IntegrationTest
@Transactional
class OrganisationTypeFilterTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    private BottleneckFixture fixture;
    private String word;
    private Bottleneck hospitalAndMunicipality;
    private Bottleneck midwives;
    private Bottleneck maternityWorkforce;

    @BeforeEach
    void three_bottlenecks_involving_different_disciplines() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        word = unique("Disciplinefilter");
        hospitalAndMunicipality = fixture.raisedInDenHaag(word + " ziekenhuis en gemeente");
        midwives = raise(word + " verloskundigen", BottleneckCategory.FINANCING, Set.of(OrganisationType.MIDWIFERY));
        maternityWorkforce = raise(
                word + " kraamzorg",
                BottleneckCategory.WORKFORCE,
                Set.of(OrganisationType.MATERNITY_CARE, OrganisationType.MUNICIPALITY));
    }

    private Bottleneck raise(String title, BottleneckCategory category, Set<OrganisationType> types) {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        return bottlenecks.raise(
                fixture.denHaag,
                new BottleneckDraft(title, "Gezinnen vallen tussen wal en schip.", category, types, Set.of(), null));
    }

    private List<Long> listed(Set<OrganisationType> types) {
        BottleneckFilter filter =
                new BottleneckFilter(null, null, null, null, word, BottleneckSort.RAISED_AT, true).involving(types);
        List<Long> ids = bottlenecks.find(filter, 0, 50).stream()
                .map(BottleneckSummary::id)
                .toList();
        assertThat(bottlenecks.count(filter)).isEqualTo(ids.size());
        return ids;
    }

    private List<Long> inMatrix(MatrixFilter filter) {
        List<Long> ids = bottlenecks.matrix(filter, MatrixSort.NEWEST, 0, 1000).rows().stream()
                .map(RecognitionMatrix.Row::bottleneckId)
                .filter(List.of(hospitalAndMunicipality.id(), midwives.id(), maternityWorkforce.id())::contains)
                .toList();
        assertThat(bottlenecks.countMatrix(filter))
                .isGreaterThanOrEqualTo(ids.size())
                .isLessThanOrEqualTo(bottlenecks.countMatrix(MatrixFilter.all()));
        return ids;
    }

    @Test
    void the_list_shows_the_bottlenecks_that_involve_any_of_the_chosen_types() {
        SignIn.as(users, DemoUsers.OBSERVER);

        assertThat(listed(Set.of()))
                .containsExactlyInAnyOrder(hospitalAndMunicipality.id(), midwives.id(), maternityWorkforce.id());
        assertThat(listed(Set.of(OrganisationType.MIDWIFERY))).containsExactly(midwives.id());
        assertThat(listed(Set.of(OrganisationType.MUNICIPALITY)))
                .containsExactlyInAnyOrder(hospitalAndMunicipality.id(), maternityWorkforce.id());
        assertThat(listed(Set.of(OrganisationType.HOSPITAL, OrganisationType.MIDWIFERY)))
                .containsExactlyInAnyOrder(hospitalAndMunicipality.id(), midwives.id());
        assertThat(listed(Set.of(OrganisationType.HEALTH_INSURER))).isEmpty();
    }

    @Test
    void the_type_filter_combines_with_the_others_and_survives_a_change_of_region_or_order() {
        SignIn.as(users, DemoUsers.OBSERVER);
        BottleneckFilter filter = new BottleneckFilter(
                        null, BottleneckCategory.WORKFORCE, null, null, word, BottleneckSort.RAISED_AT, true)
                .involving(Set.of(OrganisationType.MUNICIPALITY))
                .inRegion(fixture.denHaag)
                .sortedBy(BottleneckSort.TITLE, false);

        assertThat(filter.organisationTypes()).containsExactly(OrganisationType.MUNICIPALITY);
        assertThat(bottlenecks.find(filter, 0, 50))
                .extracting(BottleneckSummary::id)
                .containsExactly(maternityWorkforce.id());
        assertThat(bottlenecks.find(filter.inRegion(fixture.utrecht), 0, 50)).isEmpty();
    }

    @Test
    void the_matrix_filters_on_category_status_and_organisation_type() {
        fixture.promoted(midwives);
        SignIn.as(users, DemoUsers.OBSERVER);

        assertThat(inMatrix(MatrixFilter.all()))
                .containsExactlyInAnyOrder(hospitalAndMunicipality.id(), midwives.id(), maternityWorkforce.id());
        assertThat(inMatrix(new MatrixFilter(BottleneckCategory.FINANCING, null, Set.of())))
                .containsExactlyInAnyOrder(hospitalAndMunicipality.id(), midwives.id());
        assertThat(inMatrix(new MatrixFilter(null, BottleneckStatus.ON_AGENDA, Set.of())))
                .containsExactly(midwives.id());
        assertThat(inMatrix(new MatrixFilter(null, null, Set.of(OrganisationType.MUNICIPALITY))))
                .containsExactlyInAnyOrder(hospitalAndMunicipality.id(), maternityWorkforce.id());
        assertThat(inMatrix(new MatrixFilter(
                        BottleneckCategory.FINANCING, BottleneckStatus.RAISED, Set.of(OrganisationType.MUNICIPALITY))))
                .containsExactly(hospitalAndMunicipality.id());
        assertThat(bottlenecks.countMatrix(new MatrixFilter(null, BottleneckStatus.CLOSED, Set.of())))
                .as("the matrix never shows closed bottlenecks, filtered or not")
                .isZero();
    }
}
