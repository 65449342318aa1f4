package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.Comment;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bottleneck page's corrections: editing comments, withdrawing and reopening, and who is offered them. */
class CorrectionsViewTest extends ViewTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    private BottleneckFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
    }

    private static List<Div> commentBoxes() {
        return _find(
                _get(Section.class, spec -> spec.withId("comments")), Div.class, spec -> spec.withClasses("comment"));
    }

    /** The text of a comment's box, its Markdown bodies (the comment's and earlier versions') included. */
    private static String text(com.vaadin.flow.component.Component box) {
        return box.getElement().getTextRecursively() + " "
                + _find(box, Html.class).stream()
                        .map(body -> body.getElement().getProperty("innerHTML"))
                        .collect(Collectors.joining(" "));
    }

    private static List<Button> editButtons() {
        return _find(
                _get(Section.class, spec -> spec.withId("comments")),
                Button.class,
                spec -> spec.withClasses("edit-comment"));
    }

    private static List<String> timeline() {
        return _find(_get(Section.class, spec -> spec.withId("timeline")), ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void the_author_edits_their_own_comment_and_everyone_sees_it_was_edited_but_only_they_the_earlier_text() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Reactie corrigeren"));
        SignIn.as(users, DemoUsers.UTRECHT);
        bottlenecks.comment(raised.id(), "Bij ons sinds januari");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        bottlenecks.comment(raised.id(), "Bij ons ook");

        openAs(DemoUsers.UTRECHT, "knelpunten/" + raised.id());
        assertThat(editButtons()).as("only on their own comment").hasSize(1);
        assertThat(editButtons().getFirst().getAriaLabel())
                .hasValueSatisfying(label -> assertThat(label).startsWith("Bewerken: reactie van"));
        _click(editButtons().getFirst());
        TextArea body = _get(TextArea.class, spec -> spec.withId("edit-comment-body"));
        assertThat(body.getValue()).isEqualTo("Bij ons sinds januari");
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-comment-reason"))
                        .isRequiredIndicatorVisible())
                .isFalse();
        _setValue(body, "Bij ons sinds maart");
        _click(_get(Button.class, spec -> spec.withId("save-comment-edit")));

        Div edited = commentBoxes().getFirst();
        assertThat(text(edited)).contains("Bij ons sinds maart", "bewerkt op").doesNotContain("bewerkt door");
        Details earlier = _get(edited, Details.class);
        assertThat(text(earlier)).contains("1 eerdere versie", "Bij ons sinds januari");

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());
        Div asOther = commentBoxes().getFirst();
        assertThat(text(asOther)).contains("Bij ons sinds maart", "bewerkt op").doesNotContain("januari");
        assertThat(_find(asOther, Details.class)).isEmpty();
        assertThat(editButtons()).as("on Den Haag's own comment only").hasSize(1);
        assertThat(_find(commentBoxes().getFirst(), Button.class)).isEmpty();

        openAs(DemoUsers.OBSERVER, "knelpunten/" + raised.id());
        assertThat(editButtons()).isEmpty();
        assertThat(_find(commentBoxes().getFirst(), Details.class)).isEmpty();
    }

    @Test
    void a_facilitator_edits_anyones_comment_with_a_reason_shown_to_everyone() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Moderatie"));
        bottlenecks.comment(raised.id(), "Mevrouw Jansen op kamer 12");

        openAs(DemoUsers.FACILITATOR, "knelpunten/" + raised.id());
        assertThat(editButtons()).hasSize(1);
        _click(editButtons().getFirst());
        TextArea reason = _get(TextArea.class, spec -> spec.withId("edit-comment-reason"));
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        TextArea body = _get(TextArea.class, spec -> spec.withId("edit-comment-body"));
        _setValue(body, "Een cliënt op de kraamafdeling");
        _click(_get(Button.class, spec -> spec.withId("save-comment-edit")));
        assertThat(reason.getErrorMessage()).isNotBlank();
        assertThat(body.getValue()).as("the typed text stays").isEqualTo("Een cliënt op de kraamafdeling");

        _setValue(reason, "Naam verwijderd");
        _click(_get(Button.class, spec -> spec.withId("save-comment-edit")));
        assertThat(text(commentBoxes().getFirst()))
                .contains("bewerkt door Fenna Facilitator", "Reden: Naam verwijderd")
                // the facilitator sees the earlier version, with who changed it and why
                .contains("Mevrouw Jansen", "gewijzigd door Fenna Facilitator. Reden: Naam verwijderd");

        openAs(DemoUsers.OBSERVER, "knelpunten/" + raised.id());
        assertThat(text(commentBoxes().getFirst()))
                .contains("Een cliënt op de kraamafdeling", "bewerkt door Fenna Facilitator", "Reden: Naam verwijderd")
                .doesNotContain("Jansen");
    }

    @Test
    void a_stale_comment_edit_keeps_the_typed_text_and_offers_to_reload() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Gelijktijdig"));
        Comment posted = bottlenecks.comment(raised.id(), "Eerste versie");

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());
        _click(editButtons().getFirst());
        _setValue(_get(TextArea.class, spec -> spec.withId("edit-comment-body")), "Mijn correctie");
        SignIn.as(users, DemoUsers.FACILITATOR);
        bottlenecks.editComment(posted.id(), posted.version(), "Correctie van de facilitator", "Aangepast");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        _click(_get(Button.class, spec -> spec.withId("save-comment-edit")));

        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("edit-comment-body"))
                        .getValue())
                .isEqualTo("Mijn correctie");
    }

    @Test
    void the_region_withdraws_its_bottleneck_and_readers_see_it_withdrawn_on_the_timeline() {
        Bottleneck raised = fixture.raisedInDenHaag(unique("Intrekken"));

        openAs(DemoUsers.UTRECHT, "knelpunten/" + raised.id());
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-bottleneck")))
                .isEmpty();

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + raised.id());
        assertThat(_find(Button.class, spec -> spec.withId("reopen-bottleneck")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("withdraw-bottleneck")));
        _click(_get(Button.class, spec -> spec.withId("save-withdraw")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        assertThat(reason.getErrorMessage()).isNotBlank();
        _setValue(reason, "Per ongeluk dubbel gemeld");
        _click(_get(Button.class, spec -> spec.withId("save-withdraw")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("withdrawn-notice"))
                        .getText())
                .isEqualTo("Ingetrokken door de regio Den Haag: Per ongeluk dubbel gemeld");
        assertThat(timeline())
                .last()
                .satisfies(entry -> assertThat(entry)
                        .contains("Daan de Vries", "Ingetrokken door de regio: Per ongeluk dubbel gemeld"));
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-bottleneck")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("edit-bottleneck"))).isEmpty();

        openAs(DemoUsers.OBSERVER, "knelpunten/" + raised.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("withdrawn-notice"))
                        .getText())
                .contains("Ingetrokken door de regio");
    }

    @Test
    void a_facilitator_reopens_a_closed_bottleneck_with_a_reason_on_its_timeline() {
        Bottleneck promoted = fixture.promoted(fixture.raisedInDenHaag(unique("Heropenen")));
        agenda.changeStatus(promoted.id(), promoted.version(), BottleneckStatus.CLOSED, "Dubbel");

        openAs(DemoUsers.DEN_HAAG, "knelpunten/" + promoted.id());
        assertThat(_find(Button.class, spec -> spec.withId("reopen-bottleneck")))
                .isEmpty();

        openAs(DemoUsers.FACILITATOR, "knelpunten/" + promoted.id());
        _click(_get(Button.class, spec -> spec.withId("reopen-bottleneck")));
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(explanation -> explanation.contains("terug naar de status: Op de landelijke agenda"));
        _setValue(_get(TextArea.class, spec -> spec.withId("reopen-reason")), "Toch geen dubbel");
        _click(_get(Button.class, spec -> spec.withId("save-reopen")));

        assertThat(_find(Paragraph.class, spec -> spec.withId("closed-notice"))).isEmpty();
        assertThat(timeline())
                .last()
                .satisfies(entry -> assertThat(entry)
                        .contains("Heropend: van Gesloten terug naar Op de landelijke agenda: Toch geen dubbel"));
        assertThat(_find(Button.class, spec -> spec.withId("reopen-bottleneck")))
                .isEmpty();
        assertThat(_find(Section.class, spec -> spec.withId("agenda-panel"))).hasSize(1);
    }
}
