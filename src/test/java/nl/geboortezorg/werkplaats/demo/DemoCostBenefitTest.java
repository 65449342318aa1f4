package nl.geboortezorg.werkplaats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisState;
import nl.geboortezorg.werkplaats.mkba.AnalysisSummary;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.model.Results;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo has a public analysis that observers and visitors read, a draft scenario and a blocked benefit. */
@IntegrationTest
class DemoCostBenefitTest {

    @Autowired
    CostBenefitService service;

    @Autowired
    UserDetailsService users;

    @Test
    void the_demo_analysis_tells_who_pays_and_who_benefits() {
        SignIn.as(users, DemoUsers.OBSERVER);
        AnalysisSummary summary = service.find(AnalysisFilter.all().containing("integrale polikliniek"), 0, 5)
                .getFirst();
        assertThat(summary.regionName()).isEqualTo("Den Haag");
        assertThat(summary.state()).isEqualTo(AnalysisState.PUBLISHED);
        AnalysisDetail detail = service.detail(summary.id()).orElseThrow();
        assertThat(detail.scenarios())
                .as("the draft scenario is the region's own")
                .hasSize(1);
        assertThat(detail.blockers())
                .extracting(AnalysisDetail.Blocker::bottleneckTitle)
                .containsExactly("Geen structurele bekostiging voor de integrale polikliniek");
        Results results = detail.results();
        assertThat(results.total().gains()).isTrue();
        assertThat(results.stakeholders()).hasSize(5);
        assertThat(detail.effects()).hasSize(2);

        SignIn.out();
        assertThat(service.findPublic("integrale polikliniek", 0, 5))
                .extracting(AnalysisSummary::id)
                .containsExactly(summary.id());
        assertThat(service.publicAnalysis(summary.id()))
                .hasValueSatisfying(a -> assertThat(a.blockers()).isEmpty());

        SignIn.as(users, DemoUsers.DEN_HAAG);
        AnalysisDetail own = service.detail(summary.id()).orElseThrow();
        assertThat(own.scenarios()).hasSize(2);
        AnalysisDetail cautious = service.detail(own.scenarios().getLast().id()).orElseThrow();
        assertThat(cautious.state()).isEqualTo(AnalysisState.DRAFT);
        assertThat(cautious.results().total().netPresentValue())
                .isLessThan(results.total().netPresentValue());
    }
}
