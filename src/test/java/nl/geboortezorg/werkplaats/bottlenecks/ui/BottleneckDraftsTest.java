package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertKeptWhenLeft;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.cancelDialog;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.click;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.discard;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.field;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.notices;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.Drafts;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The free text of the bottleneck page's forms is kept as the writer's draft: the comment, the
 * quote of a recognition and the facilitators' agenda texts come back when the form opens again.
 */
class BottleneckDraftsTest extends ViewTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    DraftService drafts;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    @Test
    void a_comment_left_unposted_is_back_when_the_page_opens_again_and_gone_once_posted() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Concept reactie"));
        openAs(DemoUsers.UTRECHT, "knelpunten/" + raised.id());

        assertKeptWhenLeft(() -> navigate("knelpunten/" + raised.id()), () -> navigate("knelpunten"), "comment-body");

        click("post-comment");
        assertThat(notices()).isEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.BOTTLENECK_COMMENT, raised.id())))
                .isEmpty();
        assertThat(field("comment-body").getValue()).isEmpty();
        navigate("knelpunten");
        navigate("knelpunten/" + raised.id());
        assertThat(field("comment-body").getValue()).isEmpty();
        assertThat(notices()).isEmpty();
    }

    @Test
    void a_comment_draft_is_kept_per_bottleneck() {
        Bottleneck one = fixture.raisedInDenHaag(unique("Eerste"));
        Bottleneck other = fixture.raisedInDenHaag(unique("Tweede"));
        openAs(DemoUsers.UTRECHT, "knelpunten/" + one.id());
        assertKeptWhenLeft(() -> navigate("knelpunten/" + one.id()), () -> navigate("knelpunten"), "comment-body");

        navigate("knelpunten/" + other.id());
        assertThat(field("comment-body").getValue()).isEmpty();
        assertThat(notices()).isEmpty();
    }

    @Test
    void an_unsaved_comment_edit_is_kept_per_comment_apart_from_a_new_comment_and_dropped_once_saved() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Concept bewerking"));
        Comment posted = bottlenecks.comment(raised.id(), "Eerste tekst");
        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());
        Runnable openEdit = () -> _click(_get(Button.class, spec -> spec.withClasses("edit-comment")));

        assertKeptWhenLeft(openEdit, Drafts::cancelDialog, "edit-comment-body", "edit-comment-reason");
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.COMMENT_EDIT, posted.id())))
                .isNotEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.BOTTLENECK_COMMENT, raised.id())))
                .as("the new comment's draft is another")
                .isEmpty();

        click("save-comment-edit");
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.COMMENT_EDIT, posted.id())))
                .isEmpty();
        openEdit.run();
        assertThat(field("edit-comment-body").getValue()).isEqualTo("Nog niet opgeslagen in edit-comment-body");
        assertThat(notices()).isEmpty();
    }

    @Test
    void the_quote_of_a_recognition_is_kept_and_can_be_thrown_away() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Herkend concept"));
        openAs(DemoUsers.UTRECHT, "knelpunten/" + raised.id());
        assertKeptWhenLeft(() -> click("recognise"), Drafts::cancelDialog, "recognition-quote");

        discard();
        assertThat(field("recognition-quote").getValue()).isEmpty();
        assertThat(notices()).isEmpty();
        cancelDialog();
        click("recognise");
        assertThat(notices()).isEmpty();
    }

    @Test
    void the_agenda_texts_response_and_follow_up_are_kept_for_the_facilitator() {
        Bottleneck promoted = fixture.promoted(fixture.raisedInDenHaag(unique("Agenda concept")));
        openAs(DemoUsers.FACILITATOR, "knelpunten/" + promoted.id());

        assertKeptWhenLeft(() -> click("edit-agenda"), Drafts::cancelDialog, "agenda-solution", "agenda-next-step");
        cancelDialog();
        assertKeptWhenLeft(() -> click("record-response"), Drafts::cancelDialog, "response-text");
        cancelDialog();
        assertKeptWhenLeft(
                () -> click("record-follow-up"), Drafts::cancelDialog, "follow-up-note", "follow-up-next-step");
    }
}
