package nl.geboortezorg.werkplaats.anchoring;

import static nl.geboortezorg.werkplaats.testsupport.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class AnchoringServiceTest {

    @Autowired
    AnchoringService service;

    @Autowired
    RegionService regions;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    private long denHaag;
    private long utrecht;
    /** The demo leaves Apeldoorn without assessments. */
    private long apeldoorn;

    @BeforeEach
    void regions() {
        SignIn.as(users, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        apeldoorn = regions.workspace("apeldoorn").orElseThrow().region().id();
    }

    /** The same score for every dimension, with a comment. */
    static List<Score> all(int score) {
        return Arrays.stream(Dimension.values())
                .map(d -> new Score(d, score, "Toelichting " + d))
                .toList();
    }

    @Test
    void a_region_assesses_a_quarter_revises_it_and_sees_its_trend() {
        Quarter now = service.currentQuarter();
        Quarter before = now.previous();
        SignIn.as(users, "apeldoorn@werkplaats.demo");
        service.save(apeldoorn, before, null, all(2));
        Assessment saved = service.save(apeldoorn, now, null, all(3));
        assertThat(saved.score(Dimension.GOVERNANCE)).hasValueSatisfying(s -> {
            assertThat(s.score()).isEqualTo(3);
            assertThat(s.comment()).isEqualTo("Toelichting GOVERNANCE");
        });
        assertThat(saved.savedBy()).isNotBlank();

        List<Score> revised = all(3).stream()
                .map(s ->
                        s.dimension() == Dimension.DATA_SHARING ? new Score(s.dimension(), 4, "Convenant getekend") : s)
                .toList();
        Assessment second = service.save(apeldoorn, now, saved.version(), revised);

        assertThat(second.version()).isEqualTo(saved.version() + 1);
        assertThat(service.trend(apeldoorn)).extracting(Assessment::quarter).containsExactly(now, before);
        assertThat(service.trend(apeldoorn)
                        .getFirst()
                        .score(Dimension.DATA_SHARING)
                        .orElseThrow()
                        .score())
                .isEqualTo(4);
        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("anchoring-assessment", null, null, null), 0, 10))
                .extracting(e -> e.action())
                .contains("create", "update");
    }

    @Test
    void a_stale_revision_and_a_second_first_assessment_are_refused() {
        Quarter now = service.currentQuarter();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Assessment first = service.save(denHaag, now, null, all(3));
        service.save(denHaag, now, first.version(), all(4));

        assertThatThrownBy(() -> service.save(denHaag, now, first.version(), all(1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> service.save(denHaag, now, null, all(1))).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.assessment(denHaag, now)
                        .orElseThrow()
                        .score(Dimension.GOVERNANCE)
                        .orElseThrow()
                        .score())
                .isEqualTo(4);
    }

    @Test
    void scores_outside_one_to_five_missing_scores_and_future_quarters_are_field_errors() {
        Quarter next = new Quarter(service.currentQuarter().year() + 1, 1);
        List<Score> wrong = List.of(
                new Score(Dimension.STRUCTURAL_FUNDING, 0, ""),
                new Score(Dimension.FORMAL_AGREEMENTS, 6, ""),
                new Score(Dimension.GOVERNANCE, null, ""),
                new Score(Dimension.DATA_SHARING, 3, "x".repeat(1001)),
                new Score(Dimension.WORKFORCE_AND_TIME, 5, ""));
        SignIn.as(users, DemoUsers.DEN_HAAG);

        ValidationException e = invalid(() -> service.save(denHaag, next, null, wrong));

        assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "quarter",
                        "score.STRUCTURAL_FUNDING",
                        "score.FORMAL_AGREEMENTS",
                        "score.GOVERNANCE",
                        "comment.DATA_SHARING",
                        "score.FAMILY_EXPERIENCE");
        assertThat(service.assessment(denHaag, next)).isEmpty();
        assertThat(service.trend(denHaag)).extracting(Assessment::quarter).doesNotContain(next);
    }

    @Test
    void the_national_view_shows_every_region_and_averages_those_that_assessed() {
        Quarter now = service.currentQuarter();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        service.save(denHaag, now, null, all(2));
        SignIn.as(users, DemoUsers.UTRECHT);
        List<Score> utrechtScores = all(5).stream()
                .map(s -> s.dimension() == Dimension.STRUCTURAL_FUNDING ? new Score(s.dimension(), 1, "") : s)
                .toList();
        service.save(utrecht, now, null, utrechtScores);

        SignIn.as(users, DemoUsers.OBSERVER);
        NationalOverview overview = service.national(now);

        assertThat(overview.regions()).hasSize(7);
        assertThat(overview.assessedCount()).isEqualTo(2);
        assertThat(overview.average(Dimension.GOVERNANCE)).hasValue(3.5);
        assertThat(overview.average(Dimension.STRUCTURAL_FUNDING)).hasValue(1.5);
        assertThat(overview.regions())
                .filteredOn(r -> r.regionId() == utrecht)
                .singleElement()
                .satisfies(r -> assertThat(r.scores()).containsEntry(Dimension.STRUCTURAL_FUNDING, 1));
        assertThat(service.national(new Quarter(2000, 1)).assessedCount()).isZero();
        assertThat(service.national(new Quarter(2000, 1)).average(Dimension.GOVERNANCE))
                .isEmpty();
    }

    @Test
    void only_the_region_and_facilitators_assess_and_see_the_trend_observers_see_the_national_view() {
        Quarter now = service.currentQuarter();
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> service.save(denHaag, now, null, all(3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.trend(denHaag)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.regionsToAssess()).extracting(r -> r.id()).containsExactly(utrecht);

        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(service.regionsToAssess()).isEmpty();
        assertThatThrownBy(() -> service.trend(denHaag)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.national(now).regions()).hasSize(7);

        SignIn.as(users, DemoUsers.FACILITATOR);
        service.save(denHaag, now, null, all(3));
        assertThat(service.trend(denHaag).getFirst().quarter()).isEqualTo(now);

        SignIn.out();
        assertThatThrownBy(() -> service.national(now)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_has_three_earlier_quarters_for_every_region_but_apeldoorn() {
        SignIn.as(users, DemoUsers.OBSERVER);
        for (Quarter quarter : service.currentQuarter().previous().andPrevious(3)) {
            NationalOverview overview = service.national(quarter);
            assertThat(overview.assessedCount()).as(quarter.toString()).isEqualTo(6);
            assertThat(overview.regions())
                    .filteredOn(r -> r.regionId() == apeldoorn)
                    .singleElement()
                    .satisfies(r -> assertThat(r.assessed()).isFalse());
        }
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(service.trend(denHaag))
                .extracting(Assessment::quarter)
                .doesNotContain(service.currentQuarter())
                .hasSize(3);
    }

    @Test
    void quarters_count_from_the_calendar() {
        assertThat(Quarter.of(java.time.LocalDate.of(2026, 11, 23))).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.of(java.time.LocalDate.of(2026, 1, 1))).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 2).andPrevious(3))
                .containsExactly(new Quarter(2026, 2), new Quarter(2026, 1), new Quarter(2025, 4));
        assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_latest_scores_come_with_their_change_since_the_quarter_before_for_those_who_see_the_region() {
        Quarter now = service.currentQuarter();
        SignIn.as(users, "apeldoorn@werkplaats.demo");
        assertThat(service.latestScores(apeldoorn)).isEmpty();
        service.save(apeldoorn, now.previous(), null, all(3));
        List<Score> mixed = Arrays.stream(Dimension.values())
                .map(d -> new Score(d, d == Dimension.GOVERNANCE ? 5 : d == Dimension.DATA_SHARING ? 1 : 3, ""))
                .toList();
        service.save(apeldoorn, now, null, mixed);

        LatestScores latest = service.latestScores(apeldoorn).orElseThrow();
        assertThat(latest.latest().quarter()).isEqualTo(now);
        assertThat(latest.change(Dimension.GOVERNANCE)).contains(2);
        assertThat(latest.change(Dimension.DATA_SHARING)).contains(-2);
        assertThat(latest.change(Dimension.FORMAL_AGREEMENTS)).contains(0);

        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(service.latestScores(apeldoorn)).isEmpty();
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(service.latestScores(apeldoorn)).isEmpty();
    }

    @Test
    void a_latest_assessment_without_the_quarter_before_has_no_trend() {
        Quarter now = service.currentQuarter();
        SignIn.as(users, "apeldoorn@werkplaats.demo");
        service.save(apeldoorn, now.previous().previous(), null, all(2));
        service.save(apeldoorn, now, null, all(4));
        LatestScores latest = service.latestScores(apeldoorn).orElseThrow();
        assertThat(latest.previous()).isNull();
        assertThat(latest.change(Dimension.GOVERNANCE)).isEmpty();
    }
}
