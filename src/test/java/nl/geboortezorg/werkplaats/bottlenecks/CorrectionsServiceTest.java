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
import nl.geboortezorg.werkplaats.notifications.ActivityKind;
import nl.geboortezorg.werkplaats.notifications.ItemType;
import nl.geboortezorg.werkplaats.notifications.NotificationService;
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

/**
 * Every mistake can be corrected: comments are edited with their earlier versions kept, a region
 * withdraws its own bottleneck before it reaches the agenda, and a facilitator reopens one that was
 * addressed, closed or withdrawn.
 */
@IntegrationTest
@Transactional
class CorrectionsServiceTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

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

    private Comment commentAsReadBy(String email, long bottleneckId, long commentId) {
        SignIn.as(users, email);
        return bottlenecks.detail(bottleneckId).orElseThrow().comments().stream()
                .filter(c -> c.id() == commentId)
                .findFirst()
                .orElseThrow();
    }

    private List<ActivityKind> heardBy(String email, String title) {
        SignIn.as(users, email);
        return notifications.mine(0, 100).stream()
                .filter(n -> n.activity().title().equals(title))
                .map(n -> n.activity().kind())
                .toList();
    }

    private static List<String> fields(ValidationException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    // ---- editing comments

    @Test
    void the_author_edits_their_comment_and_the_earlier_text_is_kept_for_them_and_facilitators_only() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Reactie bewerken"));
        SignIn.as(users, DemoUsers.UTRECHT);
        Comment posted = bottlenecks.comment(raised.id(), "Bij ons ook, sinds januari");

        Comment edited = bottlenecks.editComment(posted.id(), posted.version(), "  Bij ons ook, sinds maart  ", null);

        assertThat(edited.body()).isEqualTo("Bij ons ook, sinds maart");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.editedBy()).isEqualTo(edited.authorName());
        assertThat(edited.editReason()).isNull();
        assertThat(edited.version()).isGreaterThan(posted.version());
        assertThat(edited.revisions()).singleElement().satisfies(r -> {
            assertThat(r.previousBody()).isEqualTo("Bij ons ook, sinds januari");
            assertThat(r.editedBy()).isEqualTo(edited.authorName());
            assertThat(r.reason()).isNull();
        });

        Comment asAuthor = commentAsReadBy(DemoUsers.UTRECHT, raised.id(), posted.id());
        assertThat(asAuthor.mayEdit()).isTrue();
        assertThat(asAuthor.revisions()).hasSize(1);
        Comment asOtherMember = commentAsReadBy(DemoUsers.DEN_HAAG, raised.id(), posted.id());
        assertThat(asOtherMember.edited()).isTrue();
        assertThat(asOtherMember.editedAt()).isNotNull();
        assertThat(asOtherMember.body()).isEqualTo("Bij ons ook, sinds maart");
        assertThat(asOtherMember.revisions())
                .as("earlier versions are for the author")
                .isEmpty();
        assertThat(asOtherMember.mayEdit()).isFalse();
        Comment asFacilitator = commentAsReadBy(DemoUsers.FACILITATOR, raised.id(), posted.id());
        assertThat(asFacilitator.revisions()).hasSize(1);
        assertThat(asFacilitator.mayEdit()).isTrue();

        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("bottleneck-comment", null, null, null), 0, 50))
                .anyMatch(event -> event.entityId().equals(String.valueOf(posted.id()))
                        && event.action().equals("edit"));
    }

    @Test
    void others_do_not_edit_a_comment_and_a_stale_or_unchanged_edit_is_refused() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Niet van jou"));
        Comment posted = bottlenecks.comment(raised.id(), "Mijn reactie");

        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> bottlenecks.editComment(posted.id(), posted.version(), "Gekaapt", null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> bottlenecks.editComment(posted.id(), posted.version(), "Namens VWS", null))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> bottlenecks.editComment(posted.id(), posted.version(), "Mijn reactie", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("body", "comment.edit.unchanged")));
        assertThatThrownBy(() -> bottlenecks.editComment(posted.id(), posted.version(), " ", null))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("body"));
        Comment first = bottlenecks.editComment(posted.id(), posted.version(), "Eerste correctie", null);
        assertThatThrownBy(() -> bottlenecks.editComment(posted.id(), posted.version(), "Tweede correctie", null))
                .isInstanceOf(ConcurrentEditException.class);
        Comment now = commentAsReadBy(DemoUsers.DEN_HAAG, raised.id(), posted.id());
        assertThat(now.body()).isEqualTo("Eerste correctie");
        assertThat(now.revisions()).hasSize(1);
        assertThat(now.version()).isEqualTo(first.version());
    }

    @Test
    void the_new_text_is_checked_for_personal_data_as_a_new_comment_is() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Privacy bij bewerken"));
        Comment posted = bottlenecks.comment(raised.id(), "Besproken met de moeder");

        assertThatThrownBy(() -> bottlenecks.editComment(
                        posted.id(), posted.version(), "Moeder met BSN 123456782 besproken", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("body", "privacy.citizen-service-number", "782")));
        Comment now = commentAsReadBy(DemoUsers.DEN_HAAG, raised.id(), posted.id());
        assertThat(now.body()).isEqualTo("Besproken met de moeder");
        assertThat(now.edited()).isFalse();
        assertThat(now.revisions()).isEmpty();
    }

    @Test
    void a_facilitator_edits_anyones_comment_with_a_reason_everyone_sees() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Moderatie door bewerken"));
        Comment posted = bottlenecks.comment(raised.id(), "Zie mevrouw Jansen, kamer 12");

        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThatThrownBy(() -> bottlenecks.editComment(posted.id(), posted.version(), "Zie de kraamafdeling", " "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("reason"));
        Comment edited = bottlenecks.editComment(
                posted.id(), posted.version(), "Zie de kraamafdeling", "Naam van een cliënt verwijderd");
        assertThat(edited.editedBy()).isEqualTo("Fenna Facilitator");
        assertThat(edited.editReason()).isEqualTo("Naam van een cliënt verwijderd");

        Comment asObserver = commentAsReadBy(DemoUsers.OBSERVER, raised.id(), posted.id());
        assertThat(asObserver.body()).isEqualTo("Zie de kraamafdeling");
        assertThat(asObserver.editedBy()).isEqualTo("Fenna Facilitator");
        assertThat(asObserver.editReason()).isEqualTo("Naam van een cliënt verwijderd");
        assertThat(asObserver.revisions()).isEmpty();
        Comment asAuthor = commentAsReadBy(DemoUsers.DEN_HAAG, raised.id(), posted.id());
        assertThat(asAuthor.revisions()).singleElement().satisfies(r -> {
            assertThat(r.previousBody()).isEqualTo("Zie mevrouw Jansen, kamer 12");
            assertThat(r.editedBy()).isEqualTo("Fenna Facilitator");
            assertThat(r.reason()).isEqualTo("Naam van een cliënt verwijderd");
        });
    }

    @Test
    void a_hidden_comment_is_not_edited_by_its_author_and_its_earlier_versions_stay_hidden() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Verborgen bewerken"));
        Comment posted = bottlenecks.comment(raised.id(), "Eerste tekst");
        posted = bottlenecks.editComment(posted.id(), posted.version(), "Tweede tekst", null);
        SignIn.as(users, DemoUsers.FACILITATOR);
        Comment hidden = bottlenecks.hideComment(posted.id(), posted.version(), "Bevat een naam");

        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> bottlenecks.editComment(hidden.id(), hidden.version(), "Derde tekst", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems()).containsExactly(FieldProblem.of("body", "comment.edit.hidden")));
        Comment asAuthor = commentAsReadBy(DemoUsers.DEN_HAAG, raised.id(), posted.id());
        assertThat(asAuthor.body()).isNull();
        assertThat(asAuthor.revisions()).isEmpty();
        assertThat(asAuthor.mayEdit()).isFalse();
    }

    // ---- withdrawing

    @Test
    void the_region_withdraws_its_bottleneck_which_keeps_its_recognitions_but_is_no_longer_open() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Ingetrokken"));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, raised.id(), "Bij ons ook");
        SignIn.as(users, DemoUsers.OBSERVER);
        notifications.follow(ItemType.BOTTLENECK, raised.id());
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().mayWithdraw()).isTrue();

        Bottleneck withdrawn =
                bottlenecks.withdraw(raised.id(), current(raised.id()).version(), "  Al opgelost in de regio ");

        assertThat(withdrawn.status()).isEqualTo(BottleneckStatus.WITHDRAWN);
        assertThat(withdrawn.status().open()).isFalse();
        assertThat(withdrawn.closedReason()).isEqualTo("Al opgelost in de regio");
        BottleneckDetail detail = bottlenecks.detail(raised.id()).orElseThrow();
        assertThat(detail.recognitions()).extracting(Recognition::regionName).containsExactly("Utrecht");
        assertThat(detail.mayEdit()).isFalse();
        assertThat(detail.mayWithdraw()).isFalse();
        assertThat(detail.timeline().getLast()).isInstanceOfSatisfying(TimelineEntry.StatusChanged.class, entry -> {
            assertThat(entry.from()).isEqualTo(BottleneckStatus.RAISED);
            assertThat(entry.to()).isEqualTo(BottleneckStatus.WITHDRAWN);
            assertThat(entry.note()).isEqualTo("Al opgelost in de regio");
            assertThat(entry.actorName()).isEqualTo("Daan de Vries");
        });
        assertThatThrownBy(() -> bottlenecks.update(withdrawn.id(), withdrawn.version(), draft("Toch nog")))
                .isInstanceOf(ValidationException.class);
        SignIn.as(users, DemoUsers.AMSTERDAM);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().recogniseFor()).isEmpty();
        assertThat(bottlenecks
                        .matrix(MatrixFilter.all(), MatrixSort.NEWEST, 0, 1000)
                        .rows())
                .noneMatch(row -> row.bottleneckId() == raised.id());
        assertThat(bottlenecks.find(
                        new BottleneckFilter(
                                null,
                                null,
                                BottleneckStatus.WITHDRAWN,
                                null,
                                raised.title(),
                                BottleneckSort.RAISED_AT,
                                true),
                        0,
                        10))
                .extracting(BottleneckSummary::id)
                .containsExactly(raised.id());
        assertThat(heardBy(DemoUsers.OBSERVER, raised.title())).containsExactly(ActivityKind.AGENDA_STATUS_CHANGED);
        SignIn.as(users, DemoUsers.ADMIN);
        assertThat(audit.find(new AuditFilter("bottleneck", null, null, null), 0, 50))
                .anyMatch(event -> event.entityId().equals(String.valueOf(raised.id()))
                        && event.action().equals("withdraw"));
    }

    @Test
    void only_the_raising_region_withdraws_with_a_reason_and_not_once_it_is_on_the_agenda() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Niet intrekken"));
        SignIn.as(users, DemoUsers.UTRECHT);
        assertThatThrownBy(() -> bottlenecks.withdraw(raised.id(), raised.version(), "Niet van ons"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().mayWithdraw()).isFalse();
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThatThrownBy(() -> bottlenecks.withdraw(raised.id(), raised.version(), "VWS"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThatThrownBy(() -> bottlenecks.withdraw(raised.id(), raised.version(), " "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("reason"));

        Bottleneck promoted = fixture.promoted(raised);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().mayWithdraw()).isFalse();
        assertThatThrownBy(() -> bottlenecks.withdraw(promoted.id(), promoted.version(), "Toch niet"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("status", "bottleneck.withdraw.not-allowed")));
        assertThat(current(raised.id()).status()).isEqualTo(BottleneckStatus.ON_AGENDA);
    }

    // ---- reopening

    @Test
    void a_facilitator_reopens_a_withdrawn_bottleneck_as_raised_with_the_reason_on_its_timeline() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Heropend na intrekken"));
        SignIn.as(users, DemoUsers.FACILITATOR);
        Bottleneck reviewed = agenda.changeStatus(raised.id(), raised.version(), BottleneckStatus.UNDER_REVIEW, null);
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Bottleneck withdrawn = bottlenecks.withdraw(reviewed.id(), reviewed.version(), "Per ongeluk gemeld");
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().mayReopen()).isFalse();
        assertThatThrownBy(() -> agenda.reopen(withdrawn.id(), withdrawn.version(), "Toch"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().mayReopen()).isTrue();
        assertThatThrownBy(() -> agenda.reopen(withdrawn.id(), withdrawn.version(), " "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("reason"));
        Bottleneck reopened = agenda.reopen(withdrawn.id(), withdrawn.version(), "De regio vroeg het terug");

        assertThat(reopened.status()).isEqualTo(BottleneckStatus.RAISED);
        assertThat(reopened.closedReason()).isNull();
        assertThat(bottlenecks.detail(raised.id()).orElseThrow().timeline().getLast())
                .isInstanceOfSatisfying(TimelineEntry.StatusChanged.class, entry -> {
                    assertThat(entry.from()).isEqualTo(BottleneckStatus.WITHDRAWN);
                    assertThat(entry.to()).isEqualTo(BottleneckStatus.RAISED);
                    assertThat(entry.note()).isEqualTo("De regio vroeg het terug");
                });
        assertThatThrownBy(() -> agenda.reopen(reopened.id(), reopened.version(), "Nog eens"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("status", "bottleneck.reopen.not-allowed")));
    }

    @Test
    void reopening_returns_an_addressed_one_to_its_addressee_and_a_closed_agenda_item_to_the_agenda() {
        Bottleneck addressed = fixture.promoted(fixture.raisedInDenHaag(unique("Opgelost heropend")));
        SignIn.as(users, DemoUsers.OBSERVER);
        notifications.follow(ItemType.BOTTLENECK, addressed.id());
        SignIn.as(users, DemoUsers.FACILITATOR);
        addressed = agenda.changeStatus(addressed.id(), addressed.version(), BottleneckStatus.WITH_ADDRESSEE, null);
        addressed = agenda.changeStatus(addressed.id(), addressed.version(), BottleneckStatus.ADDRESSED, "Geregeld");
        Bottleneck back = agenda.reopen(addressed.id(), addressed.version(), "Toch niet geregeld");
        assertThat(back.status()).isEqualTo(BottleneckStatus.WITH_ADDRESSEE);
        assertThat(heardBy(DemoUsers.OBSERVER, addressed.title()))
                .as("the reopening too, as every status change")
                .hasSize(3)
                .containsOnly(ActivityKind.AGENDA_STATUS_CHANGED);

        Bottleneck onAgenda = fixture.promoted(fixture.raisedInDenHaag(unique("Gesloten agendapunt")));
        Bottleneck other = fixture.promoted(fixture.raisedInDenHaag(unique("Ander agendapunt")));
        Bottleneck closed = agenda.changeStatus(onAgenda.id(), onAgenda.version(), BottleneckStatus.CLOSED, "Dubbel");
        assertThat(agendaIds()).doesNotContain(closed.id());
        Bottleneck reopened = agenda.reopen(closed.id(), closed.version(), "Toch geen dubbel");
        assertThat(reopened.status()).isEqualTo(BottleneckStatus.ON_AGENDA);
        assertThat(agendaIds()).as("back on the agenda, last in priority").endsWith(other.id(), reopened.id());

        Bottleneck neverOnAgenda = fixture.raisedInDenHaag(unique("Gesloten voor de agenda"));
        SignIn.as(users, DemoUsers.FACILITATOR);
        Bottleneck closedEarly = agenda.changeStatus(
                neverOnAgenda.id(), neverOnAgenda.version(), BottleneckStatus.CLOSED, "Buiten scope");
        assertThat(agenda.reopen(closedEarly.id(), closedEarly.version(), "Toch binnen scope")
                        .status())
                .isEqualTo(BottleneckStatus.RAISED);
    }

    @Test
    void a_merged_duplicate_is_not_reopened() {
        Bottleneck target = fixture.raisedInDenHaag(unique("Doel"));
        Bottleneck duplicate = fixture.raisedInDenHaag(unique("Dubbel"));
        SignIn.as(users, DemoUsers.FACILITATOR);
        agenda.merge(target.id(), Set.of(duplicate.id()));
        Bottleneck merged = current(duplicate.id());
        assertThat(bottlenecks.detail(duplicate.id()).orElseThrow().mayReopen()).isFalse();
        assertThatThrownBy(() -> agenda.reopen(merged.id(), merged.version(), "Toch apart"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("status", "bottleneck.reopen.not-allowed")));
    }

    private List<Long> agendaIds() {
        return agenda.agenda().stream().map(AgendaEntry::bottleneckId).toList();
    }
}
