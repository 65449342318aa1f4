package nl.geboortezorg.werkplaats.bottlenecks;

import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.draft;
import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.audit.AuditFilter;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.WorkSession;
import nl.geboortezorg.werkplaats.sessions.WorkSessionDraft;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.TestTimes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class BottleneckServiceTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    private static List<String> fields(ValidationException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    private static BottleneckFilter titled(String text) {
        return new BottleneckFilter(null, null, null, null, text, BottleneckSort.RAISED_AT, true);
    }

    @Test
    void a_professional_raises_a_bottleneck_in_their_region_with_its_first_timeline_entry_and_audit_event() {
        String title = unique("Geen bekostiging voor het POP-spreekuur");
        Bottleneck raised = fixture.raisedInDenHaag("  " + title + "  ");

        assertThat(raised.title()).isEqualTo(title);
        assertThat(raised.regionId()).isEqualTo(fixture.denHaag);
        assertThat(raised.status()).isEqualTo(BottleneckStatus.RAISED);
        assertThat(raised.organisationTypes())
                .containsExactlyInAnyOrder(OrganisationType.HOSPITAL, OrganisationType.MUNICIPALITY);
        assertThat(raised.addressees()).containsExactly(Addressee.HEALTH_INSURERS);
        assertThat(raised.raisedBy()).isEqualTo("Daan de Vries");
        BottleneckDetail detail = bottlenecks.detail(raised.id()).orElseThrow();
        assertThat(detail.timeline()).extracting(TimelineEntry::type).containsExactly(TimelineEntryType.RAISED);
        assertThat(detail.timeline().getFirst().actorName()).isEqualTo("Daan de Vries");
        assertThat(detail.mayEdit()).isTrue();
        assertThat(detail.mayModerate()).isFalse();

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("bottleneck", null, null, null), 0, 50))
                .anyMatch(event -> event.entityId().equals(String.valueOf(raised.id()))
                        && event.action().equals("create"));
    }

    @Test
    void raising_needs_title_description_and_category_and_refuses_too_long_text() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> bottlenecks.raise(
                        fixture.denHaag, new BottleneckDraft(" ", null, null, Set.of(), Set.of(), null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("title", "description", "category"));
        assertThatThrownBy(() -> bottlenecks.raise(fixture.denHaag, draft("x".repeat(201))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("title", "validation.too-long", 200)));
    }

    @Test
    void professionals_raise_and_edit_only_in_their_own_region_and_observers_never() {
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> bottlenecks.raise(fixture.denHaag, draft(unique("Elders"))))
                .isInstanceOf(AccessDeniedException.class);
        Bottleneck raised = fixture.raisedInDenHaag(unique("Eigen regio"));
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> bottlenecks.update(raised.id(), raised.version(), draft("Gekaapt")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().mayEdit()).isFalse();
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> bottlenecks.raise(fixture.denHaag, draft(unique("VWS"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bottlenecks.regionsToRaiseIn()).isEmpty();
        SignIn.as(users, DemoUsers.AMSTERDAM);
        assertThat(bottlenecks.regionsToRaiseIn())
                .extracting(RegionChoice::code)
                .containsExactlyInAnyOrder("amsterdam-olvg", "amsterdam-umc");
    }

    @Test
    void editing_with_a_stale_version_is_refused_and_keeps_the_other_change() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Versies"));
        Bottleneck changed = bottlenecks.update(raised.id(), raised.version(), draft("Eerste wijziging"));

        assertThatThrownBy(() -> bottlenecks.update(raised.id(), raised.version(), draft("Tweede wijziging")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().bottleneck().title())
                .isEqualTo("Eerste wijziging");
        assertThat(changed.version()).isGreaterThan(raised.version());
    }

    @Test
    void the_session_it_came_up_in_must_be_of_the_region_or_national() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        WorkSession utrechtSession = sessions.create(new WorkSessionDraft(
                fixture.utrecht,
                "Utrechtse sessie",
                TestTimes.daysAheadAt(3, 10),
                TestTimes.daysAheadAt(3, 12),
                "Utrecht",
                null,
                List.of(),
                Set.of()));
        WorkSession national = sessions.create(new WorkSessionDraft(
                null,
                "Landelijke sessie",
                TestTimes.daysAheadAt(4, 10),
                TestTimes.daysAheadAt(4, 12),
                "Utrecht",
                null,
                List.of(),
                Set.of()));
        BottleneckDraft base = draft(unique("Sessie"));

        assertThatThrownBy(() -> bottlenecks.raise(fixture.denHaag, withSession(base, utrechtSession.id())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("sessionId", "bottleneck.session-not-eligible")));
        Bottleneck raised = bottlenecks.raise(fixture.denHaag, withSession(base, national.id()));
        assertThat(raised.session().title()).isEqualTo("Landelijke sessie");
    }

    private static BottleneckDraft withSession(BottleneckDraft draft, long sessionId) {
        return new BottleneckDraft(
                draft.title(),
                draft.description(),
                draft.category(),
                draft.organisationTypes(),
                draft.addressees(),
                sessionId);
    }

    @Test
    void the_list_filters_by_region_category_status_addressee_and_text_and_escapes_wildcards() {
        String word = unique("Filterwoord");
        Bottleneck financing = fixture.raisedInDenHaag(word + " financiering");
        Bottleneck workforce = bottlenecks.raise(
                fixture.denHaag,
                new BottleneckDraft(
                        word + " personeel 100%",
                        "Te weinig kraamverzorgenden",
                        BottleneckCategory.WORKFORCE,
                        Set.of(),
                        Set.of(Addressee.MUNICIPALITIES),
                        null));
        SignIn.as(users, DemoUsers.UTRECHT);
        Bottleneck utrechts = bottlenecks.raise(fixture.utrecht, draft(word + " Utrecht"));

        assertThat(bottlenecks.find(titled(word), 0, 50))
                .extracting(BottleneckSummary::id)
                .containsExactlyInAnyOrder(financing.id(), workforce.id(), utrechts.id());
        assertThat(bottlenecks.count(titled(word))).isEqualTo(3);
        assertThat(bottlenecks.find(titled(word).inRegion(fixture.denHaag), 0, 50))
                .extracting(BottleneckSummary::id)
                .containsExactlyInAnyOrder(financing.id(), workforce.id());
        assertThat(bottlenecks.find(
                        new BottleneckFilter(
                                null, BottleneckCategory.WORKFORCE, null, null, word, BottleneckSort.RAISED_AT, true),
                        0,
                        50))
                .extracting(BottleneckSummary::id)
                .containsExactly(workforce.id());
        assertThat(bottlenecks.find(
                        new BottleneckFilter(
                                null, null, null, Addressee.MUNICIPALITIES, word, BottleneckSort.RAISED_AT, true),
                        0,
                        50))
                .extracting(BottleneckSummary::id)
                .containsExactly(workforce.id());
        assertThat(bottlenecks.find(titled(word + " personeel 100%"), 0, 50)).hasSize(1);
        assertThat(bottlenecks.find(titled(word + " %"), 0, 50)).isEmpty();
        assertThat(bottlenecks.find(titled("tussen wal en schip").inRegion(fixture.utrecht), 0, 500))
                .extracting(BottleneckSummary::id)
                .contains(utrechts.id());

        fixture.promoted(financing);
        assertThat(bottlenecks.find(
                        new BottleneckFilter(
                                null, null, BottleneckStatus.ON_AGENDA, null, word, BottleneckSort.RAISED_AT, true),
                        0,
                        50))
                .extracting(BottleneckSummary::id)
                .containsExactly(financing.id());
        // a filter refuses nothing: text past the field's limit is cut, a number is just searched for
        assertThat(titled("x".repeat(201)).text()).hasSize(BottleneckFilter.TEXT_MAX);
        assertThat(bottlenecks.find(titled(word + " " + "x".repeat(300)), 0, 10))
                .isEmpty();
        assertThat(bottlenecks.find(titled("123456782"), 0, 10)).isEmpty();
    }

    @Test
    void the_list_sorts_by_recognitions_title_and_pages() {
        String word = unique("Sorteer");
        Bottleneck once = fixture.raisedInDenHaag(word + " B");
        Bottleneck twice = fixture.raisedInDenHaag(word + " A");
        Bottleneck never = fixture.raisedInDenHaag(word + " C");
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, twice.id(), null);
        fixture.recognisedBy(DemoUsers.ZUID_LIMBURG, fixture.zuidLimburg, twice.id(), null);
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, once.id(), null);

        assertThat(bottlenecks.find(titled(word).sortedBy(BottleneckSort.RECOGNITIONS, true), 0, 10))
                .extracting(BottleneckSummary::id)
                .containsExactly(twice.id(), once.id(), never.id());
        assertThat(bottlenecks.find(titled(word).sortedBy(BottleneckSort.TITLE, false), 0, 10))
                .extracting(BottleneckSummary::recognitionCount)
                .containsExactly(2, 1, 0);
        assertThat(bottlenecks.find(titled(word).sortedBy(BottleneckSort.TITLE, false), 1, 1))
                .extracting(BottleneckSummary::id)
                .containsExactly(once.id());
    }

    @Test
    void other_regions_recognise_once_each_with_a_quote_and_can_withdraw() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Herkenning"));
        Recognition utrecht = fixture.recognisedBy(
                DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "  Bij ons precies zo: geen tolk op de poli.  ");

        assertThat(utrecht.quote()).isEqualTo("Bij ons precies zo: geen tolk op de poli.");
        assertThat(utrecht.regionName()).isEqualTo("Utrecht");
        assertThatThrownBy(() -> bottlenecks.recognise(raised.id(), fixture.utrecht, "nog een keer"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("regionId", "bottleneck.recognition.duplicate")));
        BottleneckDetail detail = bottlenecks.detail(raised.id()).orElseThrow();
        assertThat(detail.recognitions())
                .singleElement()
                .satisfies(r -> assertThat(r.mayWithdraw()).isTrue());
        assertThat(detail.recogniseFor()).isEmpty();
        assertThat(detail.bottleneck().recognitionCount()).isEqualTo(1);

        SignIn.as(users, DemoUsers.ZUID_LIMBURG);
        assertThat(bottlenecks
                        .detail(raised.id())
                        .orElseThrow()
                        .recognitions()
                        .getFirst()
                        .mayWithdraw())
                .isFalse();
        assertThatThrownBy(() -> bottlenecks.withdrawRecognition(utrecht.id()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.UTRECHT);
        bottlenecks.withdrawRecognition(utrecht.id());
        detail = bottlenecks.detail(raised.id()).orElseThrow();
        assertThat(detail.recognitions()).isEmpty();
        assertThat(detail.bottleneck().recognitionCount()).isZero();
        assertThat(detail.recogniseFor()).extracting(RegionChoice::id).containsExactly(fixture.utrecht);
        assertThat(detail.timeline())
                .extracting(TimelineEntry::type)
                .containsExactly(
                        TimelineEntryType.RAISED,
                        TimelineEntryType.RECOGNISED,
                        TimelineEntryType.RECOGNITION_WITHDRAWN);
    }

    @Test
    void recognition_is_refused_for_the_own_region_for_other_regions_and_for_observers() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Eigen herkenning"));

        assertThatThrownBy(() -> bottlenecks.recognise(raised.id(), fixture.denHaag, null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("regionId", "bottleneck.recognition.own-region")));
        assertThatThrownBy(() -> fixture.recognisedBy(DemoUsers.UTRECHT, fixture.zuidLimburg, raised.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> bottlenecks.recognise(raised.id(), fixture.utrecht, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().recogniseFor()).isEmpty();
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> bottlenecks.recognise(raised.id(), fixture.utrecht, "x".repeat(501)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("quote"));
    }

    @Test
    void comments_are_markdown_and_hidden_with_a_reason_by_facilitators_never_deleted() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Discussie"));
        SignIn.as(users, DemoUsers.UTRECHT);
        Comment comment = bottlenecks.comment(raised.id(), "Bij ons **ook**, zie <script>alert(1)</script>");
        assertThatThrownBy(() -> bottlenecks.comment(raised.id(), "  ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bottlenecks.hideComment(comment.id(), comment.version(), "Persoonsgegevens"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThatThrownBy(() -> bottlenecks.hideComment(comment.id(), comment.version(), " "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("reason"));
        Comment hidden = bottlenecks.hideComment(comment.id(), comment.version(), "Bevat een naam");
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.hiddenReason()).isEqualTo("Bevat een naam");
        assertThat(hidden.hiddenBy()).isEqualTo("Fenna Facilitator");
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().comments())
                .singleElement()
                .satisfies(c -> assertThat(c.body()).contains("**ook**"));
        assertThatThrownBy(() -> bottlenecks.hideComment(comment.id(), comment.version(), "Nog eens"))
                .isInstanceOf(ConcurrentEditException.class);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().comments())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.hidden()).isTrue();
                    assertThat(c.body()).isNull();
                    assertThat(c.hiddenReason()).isNull();
                });

        SignIn.as(users, DemoUsers.FACILITATOR);
        Comment shown = bottlenecks.showComment(hidden.id(), hidden.version());
        assertThat(shown.hidden()).isFalse();
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().comments())
                .singleElement()
                .satisfies(c -> assertThat(c.body()).startsWith("Bij ons"));
        assertThatThrownBy(() -> bottlenecks.comment(raised.id(), "Namens VWS"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_matrix_shows_raised_recognised_and_not_per_region_sorted_by_number_of_regions() {
        Bottleneck wide = fixture.raisedInDenHaag(unique("Breed herkend"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, wide.id(), "Ook hier");
        fixture.recognisedBy(DemoUsers.ZUID_LIMBURG, fixture.zuidLimburg, wide.id(), null);
        fixture.recognisedBy(DemoUsers.AMSTERDAM, fixture.amsterdamUmc, wide.id(), null);
        Bottleneck narrow = fixture.raisedInDenHaag(unique("Smal herkend"));

        SignIn.as(users, DemoUsers.OBSERVER);
        RecognitionMatrix matrix = bottlenecks.matrix(
                MatrixFilter.all(), MatrixSort.MOST_REGIONS, 0, bottlenecks.countMatrix(MatrixFilter.all()));
        assertThat(matrix.regions()).hasSize(7);
        RecognitionMatrix.Row row = matrix.rows().stream()
                .filter(r -> r.bottleneckId() == wide.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.regionCount()).isEqualTo(4);
        assertThat(row.cell(fixture.denHaag)).isEqualTo(RecognitionMatrix.Cell.RAISED);
        assertThat(row.cell(fixture.utrecht)).isEqualTo(RecognitionMatrix.Cell.RECOGNISED);
        assertThat(row.recognitions().get(fixture.utrecht).quote()).isEqualTo("Ook hier");
        long notRecognising = matrix.regions().stream()
                .filter(r -> row.cell(r.id()) == RecognitionMatrix.Cell.NOT)
                .count();
        assertThat(notRecognising).isEqualTo(3);
        List<Long> order =
                matrix.rows().stream().map(RecognitionMatrix.Row::bottleneckId).toList();
        assertThat(order.indexOf(wide.id())).isLessThan(order.indexOf(narrow.id()));
        assertThat(matrix.rows()).extracting(RecognitionMatrix.Row::regionCount).isSortedAccordingTo((a, b) -> b - a);
        List<Long> fewest = bottlenecks.matrix(MatrixFilter.all(), MatrixSort.FEWEST_REGIONS, 0, 1000).rows().stream()
                .map(RecognitionMatrix.Row::bottleneckId)
                .toList();
        assertThat(fewest.indexOf(narrow.id())).isLessThan(fewest.indexOf(wide.id()));
    }
}
