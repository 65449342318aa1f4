package nl.geboortezorg.werkplaats.bottlenecks;

import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
class NationalAgendaServiceTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    private Bottleneck current(long id) {
        return bottlenecks.detail(id).orElseThrow().bottleneck();
    }

    private List<TimelineEntryType> timeline(long id) {
        return bottlenecks.detail(id).orElseThrow().timeline().stream()
                .map(TimelineEntry::type)
                .toList();
    }

    private List<Long> agendaIds() {
        return agenda.agenda().stream().map(AgendaEntry::bottleneckId).toList();
    }

    @Test
    void the_full_life_cycle_is_dated_and_attributed_on_the_timeline_and_nothing_is_overwritten() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Levensloop"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Herkenbaar");
        SignIn.as(users, DemoUsers.FACILITATOR);

        Bottleneck reviewed = agenda.changeStatus(
                raised.id(),
                current(raised.id()).version(),
                BottleneckStatus.UNDER_REVIEW,
                "Bespreken in landelijke sessie");
        Bottleneck promoted = agenda.promote(reviewed.id(), reviewed.version(), fixture.agendaDraft("Brief aan VWS"));
        assertThat(promoted.status()).isEqualTo(BottleneckStatus.ON_AGENDA);
        assertThat(promoted.onAgenda()).isTrue();
        assertThat(promoted.addressees()).containsExactlyInAnyOrder(Addressee.MINISTRY_VWS, Addressee.HEALTH_INSURERS);
        assertThat(promoted.agenda().trackOwnerName()).isEqualTo("Fenna Facilitator");
        assertThat(agendaIds()).endsWith(promoted.id());

        Bottleneck sent = agenda.changeStatus(promoted.id(), promoted.version(), BottleneckStatus.WITH_ADDRESSEE, null);
        agenda.recordResponse(sent.id(), Addressee.MINISTRY_VWS, "VWS neemt het mee in de beleidsagenda.");
        Bottleneck followed = agenda.recordFollowUp(
                sent.id(),
                current(sent.id()).version(),
                "Overleg gevoerd",
                "Reactie zorgverzekeraars afwachten",
                LocalDate.of(2027, 3, 1));
        assertThat(followed.agenda().nextStep()).isEqualTo("Reactie zorgverzekeraars afwachten");
        assertThat(followed.agenda().followUpDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        Bottleneck addressed = agenda.changeStatus(
                followed.id(), followed.version(), BottleneckStatus.ADDRESSED, "Opgenomen in de beleidsregel");
        assertThat(addressed.status()).isEqualTo(BottleneckStatus.ADDRESSED);

        List<TimelineEntry> entries =
                bottlenecks.detail(raised.id()).orElseThrow().timeline();
        assertThat(entries)
                .extracting(TimelineEntry::type)
                .containsExactly(
                        TimelineEntryType.RAISED,
                        TimelineEntryType.RECOGNISED,
                        TimelineEntryType.STATUS,
                        TimelineEntryType.PROMOTED,
                        TimelineEntryType.STATUS,
                        TimelineEntryType.RESPONSE,
                        TimelineEntryType.FOLLOW_UP,
                        TimelineEntryType.STATUS);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.occurredAt()).isNotNull();
            assertThat(entry.actorName()).isNotBlank();
        });
        TimelineEntry.Promoted promotion = (TimelineEntry.Promoted) entries.get(3);
        assertThat(promotion.from()).isEqualTo(BottleneckStatus.UNDER_REVIEW);
        assertThat(promotion.agenda().nextStep()).isEqualTo("Brief aan VWS");
        assertThat(promotion.agenda().trackOwnerName()).isEqualTo("Fenna Facilitator");
        TimelineEntry.Response response = (TimelineEntry.Response) entries.get(5);
        assertThat(response.addressee()).isEqualTo(Addressee.MINISTRY_VWS);
        assertThat(response.text()).isEqualTo("VWS neemt het mee in de beleidsagenda.");
        assertThat(((TimelineEntry.StatusChanged) entries.get(7)).note()).isEqualTo("Opgenomen in de beleidsregel");

        AgendaEntry onAgenda = agenda.agenda().stream()
                .filter(e -> e.bottleneckId() == raised.id())
                .findFirst()
                .orElseThrow();
        assertThat(onAgenda.recognisedIn()).containsExactly("Utrecht");
        assertThat(onAgenda.raisedIn()).isEqualTo("Den Haag");
        assertThat(onAgenda.lastStep().type()).isEqualTo(TimelineEntryType.STATUS);
        assertThat(((TimelineEntry.StatusChanged) onAgenda.lastStep()).to()).isEqualTo(BottleneckStatus.ADDRESSED);
        assertThat(onAgenda.nextStep()).isEqualTo("Reactie zorgverzekeraars afwachten");
    }

    @Test
    void refused_transitions_leave_the_bottleneck_as_it_was() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Verboden stap"));
        SignIn.as(users, DemoUsers.FACILITATOR);

        for (BottleneckStatus refused : List.of(
                BottleneckStatus.ON_AGENDA,
                BottleneckStatus.WITH_ADDRESSEE,
                BottleneckStatus.ADDRESSED,
                BottleneckStatus.RAISED)) {
            assertThatThrownBy(() -> agenda.changeStatus(raised.id(), raised.version(), refused, "poging"))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(FieldProblem.of("status", "bottleneck.status.not-allowed")));
        }
        assertThatThrownBy(() -> agenda.changeStatus(raised.id(), raised.version(), BottleneckStatus.CLOSED, " "))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("note", "bottleneck.status.reason-required")));
        assertThatThrownBy(() -> agenda.recordResponse(raised.id(), Addressee.MUNICIPALITIES, "Te vroeg"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("status", "bottleneck.agenda.not-on-agenda")));

        Bottleneck closed =
                agenda.changeStatus(raised.id(), raised.version(), BottleneckStatus.CLOSED, "Lokaal opgelost");
        assertThat(closed.closedReason()).isEqualTo("Lokaal opgelost");
        assertThatThrownBy(() -> agenda.promote(closed.id(), closed.version(), fixture.agendaDraft("Te laat")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("status", "bottleneck.status.not-allowed")));
        assertThatThrownBy(
                        () -> agenda.changeStatus(closed.id(), closed.version(), BottleneckStatus.UNDER_REVIEW, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, closed.id(), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("regionId", "bottleneck.not-open")));
        assertThat(timeline(raised.id())).containsExactly(TimelineEntryType.RAISED, TimelineEntryType.STATUS);
        assertThat(current(raised.id()).status()).isEqualTo(BottleneckStatus.CLOSED);
    }

    @Test
    void a_stale_status_change_is_refused() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Gelijktijdig"));
        SignIn.as(users, DemoUsers.FACILITATOR);
        agenda.changeStatus(raised.id(), raised.version(), BottleneckStatus.UNDER_REVIEW, null);

        assertThatThrownBy(() -> agenda.changeStatus(raised.id(), raised.version(), BottleneckStatus.CLOSED, "Dubbel"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(current(raised.id()).status()).isEqualTo(BottleneckStatus.UNDER_REVIEW);
    }

    @Test
    void promotion_needs_an_addressee_a_next_step_a_facilitator_as_owner_and_a_follow_up_date() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Promotie"));
        SignIn.as(users, DemoUsers.FACILITATOR);
        long professional = DemoUsers.id(users, DemoUsers.DEN_HAAG);

        assertThatThrownBy(() -> agenda.promote(
                        raised.id(), raised.version(), new AgendaDraft(Set.of(), "Oplossing", " ", professional, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "addressees", "bottleneck.agenda.addressee-required"),
                                        org.assertj.core.groups.Tuple.tuple("nextStep", "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple("followUpDate", "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "trackOwnerId", "bottleneck.agenda.owner-not-eligible")));
        assertThat(current(raised.id()).status()).isEqualTo(BottleneckStatus.RAISED);
        assertThat(agendaIds()).doesNotContain(raised.id());
    }

    @Test
    void agenda_fields_change_with_a_timeline_entry_each_time() {
        Bottleneck promoted = fixture.promoted(fixture.raisedInDenHaag(unique("Bijwerken")));

        Bottleneck updated = agenda.updateAgenda(
                promoted.id(),
                promoted.version(),
                new AgendaDraft(
                        Set.of(Addressee.MUNICIPALITIES),
                        "Gemeentelijke regeling",
                        "VNG benaderen",
                        fixture.facilitatorId,
                        LocalDate.of(2027, 1, 15)));

        assertThat(updated.addressees()).containsExactly(Addressee.MUNICIPALITIES);
        assertThat(updated.agenda().proposedSolution()).isEqualTo("Gemeentelijke regeling");
        List<TimelineEntry> entries =
                bottlenecks.detail(promoted.id()).orElseThrow().timeline();
        assertThat(entries)
                .extracting(TimelineEntry::type)
                .containsExactly(
                        TimelineEntryType.RAISED, TimelineEntryType.PROMOTED, TimelineEntryType.AGENDA_UPDATED);
        assertThat(((TimelineEntry.Promoted) entries.get(1)).agenda().nextStep())
                .isEqualTo("Gesprek plannen");
        assertThat(((TimelineEntry.AgendaUpdated) entries.get(2)).agenda().nextStep())
                .isEqualTo("VNG benaderen");
        assertThatThrownBy(() -> agenda.updateAgenda(promoted.id(), promoted.version(), fixture.agendaDraft("Oud")))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void facilitators_reorder_the_agenda_and_a_stale_order_is_refused_without_losing_an_item() {
        Bottleneck first = fixture.promoted(fixture.raisedInDenHaag(unique("Eerste")));
        Bottleneck second = fixture.promoted(fixture.raisedInDenHaag(unique("Tweede")));
        List<Long> seen = agendaIds();
        List<Long> reordered = new ArrayList<>(seen);
        reordered.remove(second.id());
        reordered.add(reordered.indexOf(first.id()), second.id());

        List<AgendaEntry> result = agenda.reorder(seen, reordered);
        assertThat(result).extracting(AgendaEntry::bottleneckId).containsExactlyElementsOf(reordered);
        assertThat(result).extracting(AgendaEntry::rank).startsWith(1, 2);

        List<Long> otherFacilitatorsOrder = new ArrayList<>(seen);
        java.util.Collections.reverse(otherFacilitatorsOrder);
        assertThatThrownBy(() -> agenda.reorder(seen, otherFacilitatorsOrder))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(agendaIds()).containsExactlyElementsOf(reordered);

        List<Long> missing = new ArrayList<>(reordered);
        missing.remove(first.id());
        List<Long> doubled = new ArrayList<>(missing);
        doubled.add(second.id());
        assertThatThrownBy(() -> agenda.reorder(reordered, doubled))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("order", "bottleneck.agenda.order-invalid")));
        assertThat(agendaIds()).containsExactlyElementsOf(reordered);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> agenda.reorder(reordered, seen)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void merging_closes_duplicates_and_keeps_their_recognitions_and_comments() {
        Bottleneck target = fixture.raisedInDenHaag(unique("Doel"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, target.id(), "Utrecht bij het doel");
        SignIn.as(users, DemoUsers.UTRECHT);
        Bottleneck duplicate = bottlenecks.raise(
                fixture.utrecht,
                new BottleneckDraft(
                        unique("Dubbel"),
                        "Hetzelfde probleem",
                        BottleneckCategory.FINANCING,
                        Set.of(),
                        Set.of(Addressee.MUNICIPALITIES),
                        null));
        Comment comment = bottlenecks.comment(duplicate.id(), "Opmerking bij het dubbele knelpunt");
        fixture.recognisedBy(DemoUsers.ZUID_LIMBURG, fixture.zuidLimburg, duplicate.id(), "Limburgs citaat");
        fixture.recognisedBy(DemoUsers.DEN_HAAG, fixture.denHaag, duplicate.id(), "Den Haag bij het dubbele");

        SignIn.as(users, DemoUsers.FACILITATOR);
        Bottleneck merged = agenda.merge(target.id(), Set.of(duplicate.id()));

        BottleneckDetail result = bottlenecks.detail(merged.id()).orElseThrow();
        assertThat(result.recognitions())
                .extracting(Recognition::regionName, Recognition::quote)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Utrecht", "Utrecht bij het doel"),
                        org.assertj.core.groups.Tuple.tuple("Zuid-Limburg", "Limburgs citaat"));
        assertThat(result.bottleneck().recognitionCount()).isEqualTo(2);
        assertThat(result.bottleneck().addressees()).contains(Addressee.MUNICIPALITIES, Addressee.HEALTH_INSURERS);
        assertThat(result.comments()).extracting(Comment::id).containsExactly(comment.id());
        assertThat(result.timeline()).extracting(TimelineEntry::type).endsWith(TimelineEntryType.MERGED_IN);
        assertThat(((TimelineEntry.MergedIn) result.timeline().getLast()).duplicateId())
                .isEqualTo(duplicate.id());

        BottleneckDetail closed = bottlenecks.detail(duplicate.id()).orElseThrow();
        assertThat(closed.bottleneck().merged()).isTrue();
        assertThat(closed.bottleneck().mergedInto().id()).isEqualTo(target.id());
        assertThat(closed.bottleneck().status()).isEqualTo(BottleneckStatus.CLOSED);
        assertThat(closed.recognitions()).extracting(Recognition::regionName).containsExactly("Den Haag");
        assertThat(closed.timeline().getLast().type()).isEqualTo(TimelineEntryType.MERGED_INTO);
        assertThat(bottlenecks.find(
                        new BottleneckFilter(null, null, null, null, duplicate.title(), BottleneckSort.RAISED_AT, true),
                        0,
                        10))
                .isEmpty();
    }

    @Test
    void merging_the_raising_region_of_a_duplicate_counts_it_for_the_target() {
        Bottleneck target = fixture.raisedInDenHaag(unique("Doel"));
        SignIn.as(users, DemoUsers.UTRECHT);
        Bottleneck duplicate = bottlenecks.raise(fixture.utrecht, BottleneckFixture.draft(unique("Utrechts dubbel")));

        SignIn.as(users, DemoUsers.FACILITATOR);
        agenda.merge(target.id(), Set.of(duplicate.id()));

        assertThat(bottlenecks.detail(target.id()).orElseThrow().recognitions())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.regionName()).isEqualTo("Utrecht");
                    assertThat(r.recognisedBy()).isEqualTo(duplicate.raisedBy());
                });
    }

    @Test
    void merging_into_itself_into_a_merged_one_or_across_a_cycle_is_refused() {
        Bottleneck a = fixture.raisedInDenHaag(unique("A"));
        Bottleneck b = fixture.raisedInDenHaag(unique("B"));
        Bottleneck c = fixture.raisedInDenHaag(unique("C"));
        SignIn.as(users, DemoUsers.FACILITATOR);

        assertThatThrownBy(() -> agenda.merge(a.id(), Set.of(a.id(), b.id())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("duplicates", "bottleneck.merge.into-itself")));
        agenda.merge(a.id(), Set.of(b.id()));
        assertThatThrownBy(() -> agenda.merge(b.id(), Set.of(a.id())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("bottleneck.merge.not-open"));
        assertThatThrownBy(() -> agenda.merge(c.id(), Set.of(b.id()))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> agenda.merge(c.id(), Set.of(-1L)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("bottleneck.merge.not-found"));
        assertThat(current(c.id()).merged()).isFalse();
        assertThat(current(a.id()).merged()).isFalse();
        assertThat(current(b.id()).mergedInto().id()).isEqualTo(a.id());
    }

    @Test
    void only_facilitators_and_admins_moderate_and_observers_read_the_agenda() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Moderatie"));
        assertThat(agenda.mayModerate()).isFalse();
        assertThatThrownBy(
                        () -> agenda.changeStatus(raised.id(), raised.version(), BottleneckStatus.UNDER_REVIEW, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.promote(raised.id(), raised.version(), fixture.agendaDraft("Zelf")))
                .isInstanceOf(AccessDeniedException.class);

        Bottleneck promoted = fixture.promoted(raised);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(agenda.mayModerate()).isFalse();
        assertThat(agendaIds()).contains(promoted.id());
        assertThat(bottlenecks.detail(promoted.id()).orElseThrow().timeline()).hasSize(2);
        assertThatThrownBy(() -> agenda.recordResponse(promoted.id(), Addressee.MINISTRY_VWS, "Namens VWS"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(agenda.mayModerate()).isTrue();
        assertThat(agenda.trackOwners()).extracting(TrackOwner::displayName).contains("Fenna Facilitator");
    }
}
