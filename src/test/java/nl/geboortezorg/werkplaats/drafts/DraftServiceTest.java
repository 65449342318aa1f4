package nl.geboortezorg.werkplaats.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.MovableClock;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Drafts are kept per writer and form, for the writer alone, and go on saving, discarding or age. */
@IntegrationTest
class DraftServiceTest {

    @Autowired
    DraftService drafts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DraftCleanup cleanup;

    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    private static DraftKey someBottleneck() {
        return DraftKey.forItem(DraftForm.BOTTLENECK, System.nanoTime());
    }

    @Test
    void a_kept_draft_comes_back_for_its_writer_with_when_it_was_kept() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        DraftKey key = someBottleneck();
        var kept = drafts.keep(key, Map.of("title", "Wachttijd", "description", "Eerste versie"));
        drafts.keep(key, Map.of("title", "Wachttijd kraamzorg", "description", "Tweede versie"));

        Draft draft = drafts.mine(key).orElseThrow();
        assertThat(draft.fields())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("title", "Wachttijd kraamzorg", "description", "Tweede versie"));
        assertThat(draft.savedAt()).isAfterOrEqualTo(kept.truncatedTo(ChronoUnit.MICROS));
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.BOTTLENECK, key.item() + 1)))
                .isEmpty();
    }

    @Test
    void another_person_never_sees_nor_removes_someone_elses_draft() {
        DraftKey key = someBottleneck();
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        drafts.keep(key, Map.of("description", "Alleen van Daan"));

        SignIn.as(userDetails, DemoUsers.FACILITATOR);
        assertThat(drafts.mine(key)).isEmpty();
        drafts.discard(key);

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        assertThat(drafts.mine(key).orElseThrow().fields()).containsEntry("description", "Alleen van Daan");
    }

    @Test
    void a_field_emptied_since_stays_empty_and_a_form_with_nothing_typed_has_no_draft() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        DraftKey key = someBottleneck();
        drafts.keep(key, Map.of("title", "Titel", "description", "Tekst"));
        Map<String, String> cleared = new LinkedHashMap<>();
        cleared.put("title", "");
        cleared.put("description", "Tekst");
        drafts.keep(key, cleared);
        assertThat(drafts.mine(key).orElseThrow().fields()).isEqualTo(Map.of("title", "", "description", "Tekst"));

        drafts.keep(key, Map.of("title", " ", "description", ""));
        assertThat(drafts.mine(key)).isEmpty();
    }

    @Test
    void discarding_removes_the_draft() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        DraftKey key = someBottleneck();
        drafts.keep(key, Map.of("description", "Weg ermee"));
        drafts.discard(key);
        assertThat(drafts.mine(key)).isEmpty();
    }

    @Test
    void text_beyond_the_limit_is_refused_with_a_message_and_the_earlier_draft_stays() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        DraftKey key = someBottleneck();
        drafts.keep(key, Map.of("description", "Kort"));
        assertThatThrownBy(() -> drafts.keep(key, Map.of("description", "x".repeat(DraftService.MAX_FIELD_LENGTH + 1))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(FieldProblem.of(
                                        "description", "validation.too-long", DraftService.MAX_FIELD_LENGTH)));
        assertThat(drafts.mine(key).orElseThrow().fields()).containsEntry("description", "Kort");
    }

    @Test
    void drafts_older_than_thirty_days_are_removed_and_younger_ones_stay() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        DraftKey old = someBottleneck();
        DraftKey young = someBottleneck();
        drafts.keep(old, Map.of("description", "Van lang geleden"));
        clock.moveBy(Duration.ofDays(2));
        drafts.keep(young, Map.of("description", "Van eergisteren"));

        clock.moveBy(Duration.ofDays(29));
        assertThat(cleanup.removeOld()).isPositive();

        assertThat(drafts.mine(old)).isEmpty();
        assertThat(drafts.mine(young)).isPresent();
    }

    @Test
    void without_signing_in_there_are_no_drafts() {
        assertThatThrownBy(() -> drafts.mine(someBottleneck())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.keep(someBottleneck(), Map.of("description", "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void my_drafts_are_the_writers_own_the_latest_kept_first_with_where_to_pick_them_up() {
        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        DraftKey bottleneck = someBottleneck();
        DraftKey region = DraftKey.forNew(DraftForm.REGION);
        drafts.keep(bottleneck, Map.of("title", "Kort", "description", "Een langere omschrijving van het knelpunt"));
        clock.moveBy(Duration.ofMinutes(1));
        drafts.keep(region, Map.of("description", "Nieuwe regio"));
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        DraftKey others = someBottleneck();
        drafts.keep(others, Map.of("title", "Van een ander"));

        SignIn.as(userDetails, DemoUsers.DEN_HAAG);
        var mine = drafts.myDrafts(50);
        assertThat(mine)
                .extracting(DraftSummary::key)
                .contains(region, bottleneck)
                .doesNotContain(others);
        assertThat(mine).extracting(DraftSummary::key).containsSubsequence(region, bottleneck);
        DraftSummary onBottleneck = mine.stream()
                .filter(d -> d.key().equals(bottleneck))
                .findFirst()
                .orElseThrow();
        assertThat(onBottleneck.preview()).isEqualTo("Een langere omschrijving van het knelpunt");
        assertThat(onBottleneck.destination())
                .contains(new nl.geboortezorg.werkplaats.common.Destination.Bottleneck(bottleneck.item()));
        assertThat(mine.stream()
                        .filter(d -> d.key().equals(region))
                        .findFirst()
                        .orElseThrow()
                        .destination())
                .isEmpty();
        assertThat(drafts.myDrafts(1)).hasSize(1);
        drafts.discard(bottleneck);
        drafts.discard(region);
        SignIn.as(userDetails, DemoUsers.UTRECHT);
        drafts.discard(others);
    }
}
