package nl.geboortezorg.werkplaats.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.ANCHORING_ASSESSMENT;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.DOCUMENT;
import static nl.geboortezorg.werkplaats.db.Tables.FACTSHEET_VERSION;
import static nl.geboortezorg.werkplaats.db.Tables.MINUTES_CORRECTION;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_ANALYSIS;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_LINE_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_STAKEHOLDER;
import static nl.geboortezorg.werkplaats.db.Tables.MKBA_UNPRICED_EFFECT;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_ACTION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_DECISION;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.SearchSpecJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Assessment;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.documents.TestFiles;
import nl.geboortezorg.werkplaats.documents.ui.ReplacementFiles;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.Fixture;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.VersionedWrites;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people save the same item from the same version, in the pages as they use them: for every
 * service method that changes an existing item under optimistic locking, the page is opened and
 * the form filled in, someone else's save then raises the item's version, and the save from the
 * page gets the conflict message while everything typed stays in the form and the item stays as
 * the other person left it. A new versioned write fails this test until it has its scenario here.
 *
 * <p>Each scenario runs in a transaction that is rolled back, with the pages' service calls
 * joining it, so the matrix leaves nothing behind.
 */
class ConflictMatrixTest extends ViewTest {

    private static final String CONFLICT_TITLE = "Iemand anders was u voor";
    private static final String RELOADED =
            "Iemand anders heeft dit intussen gewijzigd; de pagina toont nu de nieuwste versie.";

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RegionService regions;

    @Autowired
    UserService userService;

    @Autowired
    AnchoringService anchoring;

    /** A save from a page by whoever may make it, and what it works on, made from the fixture. */
    private record Scenario(String method, String who, Function<Fixture, Edit> prepare) {}

    /**
     * The row a save changes, the page it starts from, how the form is opened and filled in, how
     * it is saved, and how the page shows the conflict.
     */
    private record Edit(
            TableField<?, Integer> version,
            long rowId,
            String path,
            Runnable fill,
            Runnable save,
            Runnable conflict,
            boolean typingSaves) {

        Edit(TableField<?, Integer> version, long rowId, String path, Runnable fill, Runnable save) {
            this(version, rowId, path, fill, save, ConflictMatrixTest::conflictShown, false);
        }

        /**
         * A field that saves as it is changed (notes, an action's status): its conflict check says
         * what the field must still hold.
         */
        static Edit typingSaves(
                TableField<?, Integer> version, long rowId, String path, Runnable save, Runnable conflict) {
            return new Edit(version, rowId, path, NOTHING_TO_FILL, save, conflict, true);
        }
    }

    private static final Runnable NOTHING_TO_FILL = () -> {};

    private List<Scenario> scenarios() {
        return List.of(
                // ---- regions and organisations
                new Scenario(
                        "RegionService.updateRegion",
                        DemoUsers.ADMIN,
                        f -> new Edit(
                                REGION.VERSION,
                                f.denHaag().id(),
                                "beheer/regios",
                                () -> {
                                    _click(regionAction("den-haag", "edit-region"));
                                    type("region-description-field");
                                },
                                () -> click("save-region"))),
                new Scenario(
                        "RegionService.archiveRegion",
                        DemoUsers.ADMIN,
                        f -> new Edit(
                                REGION.VERSION,
                                f.denHaag().id(),
                                "beheer/regios",
                                () -> _click(regionAction("den-haag", "archive-region")),
                                () -> _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-archive"))))),
                new Scenario("RegionService.unarchiveRegion", DemoUsers.ADMIN, f -> {
                    Region archived =
                            regions.archiveRegion(f.denHaag().id(), f.denHaag().version());
                    return new Edit(
                            REGION.VERSION,
                            archived.id(),
                            "beheer/regios",
                            () -> _click(regionAction("den-haag", "unarchive-region")),
                            () -> _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-archive"))));
                }),
                new Scenario(
                        "RegionService.updateOrganisation",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                ORGANISATION.VERSION,
                                f.organisation().id(),
                                "regio/den-haag",
                                () -> {
                                    _click(labelled("Organisatie wijzigen: "
                                            + f.organisation().name()));
                                    _setValue(
                                            _get(TextFieldBase.class, spec -> spec.withLabel("Naam")),
                                            "Mijn versie van de naam");
                                },
                                () -> _click(_get(Button.class, spec -> spec.withText("Opslaan"))))),
                new Scenario(
                        "RegionService.markLead",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                ORGANISATION.VERSION,
                                f.organisation().id(),
                                "regio/den-haag",
                                NOTHING_TO_FILL,
                                () -> _click(labelled(
                                        "Penvoerder maken: " + f.organisation().name())))),
                new Scenario(
                        "RegionService.removeOrganisation",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                ORGANISATION.VERSION,
                                f.organisation().id(),
                                "regio/den-haag",
                                NOTHING_TO_FILL,
                                () -> _click(labelled("Organisatie verwijderen: "
                                        + f.organisation().name())))),

                // ---- accounts
                new Scenario(
                        "UserService.update",
                        DemoUsers.ADMIN,
                        f -> new Edit(
                                APP_USER.VERSION,
                                f.target().id(),
                                "gebruikers",
                                () -> {
                                    openUser(f.target().email(), false);
                                    type("user-display-name");
                                },
                                () -> click("save-user"))),
                new Scenario(
                        "UserService.deactivate",
                        DemoUsers.ADMIN,
                        f -> new Edit(
                                APP_USER.VERSION,
                                f.target().id(),
                                "gebruikers",
                                () -> openUser(f.target().email(), false),
                                () -> click("toggle-active"))),
                new Scenario(
                        "UserService.reactivate",
                        DemoUsers.ADMIN,
                        f -> new Edit(
                                APP_USER.VERSION,
                                f.inactive().id(),
                                "gebruikers",
                                () -> openUser(f.inactive().email(), true),
                                () -> click("toggle-active"))),
                new Scenario(
                        "UserService.updateMyProfile",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                APP_USER.VERSION,
                                userService.myProfile().id(),
                                "profiel",
                                () -> type("profile-display-name", "profile-job-title"),
                                () -> click("save-profile"))),

                // ---- sessions, their outcomes and minutes
                new Scenario(
                        "WorkSessionService.update",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                WORK_SESSION.VERSION,
                                f.planned().id(),
                                "sessies/" + f.planned().id(),
                                () -> {
                                    click("edit-session");
                                    type("session-title", "session-location");
                                },
                                () -> click("save-session"))),
                new Scenario(
                        "WorkSessionService.start",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                WORK_SESSION.VERSION,
                                f.planned().id(),
                                "sessies/" + f.planned().id(),
                                NOTHING_TO_FILL,
                                () -> click("start-session"))),
                new Scenario(
                        "WorkSessionService.cancel",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                WORK_SESSION.VERSION,
                                f.planned().id(),
                                "sessies/" + f.planned().id(),
                                () -> click("cancel-session"),
                                () -> _fireConfirm(
                                        _get(ConfirmDialog.class, spec -> spec.withId("cancel-session-confirm"))))),
                new Scenario(
                        "WorkSessionService.close",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                WORK_SESSION.VERSION,
                                f.running().id(),
                                "sessies/" + f.running().id(),
                                () -> click("close-session"),
                                () -> click("confirm-close"))),
                new Scenario(
                        "WorkSessionService.saveNotes",
                        DemoUsers.FACILITATOR,
                        f -> Edit.typingSaves(
                                AGENDA_ITEM.NOTES_VERSION,
                                f.running().agenda().getFirst().id(),
                                "sessies/" + f.running().id(),
                                () -> _setValue(notes(), "- Mijn notitie"),
                                // Notes show both versions side by side, to merge them.
                                () -> {
                                    assertThat(_get(Pre.class, spec -> spec.withId("my-notes"))
                                                    .getText())
                                            .isEqualTo("- Mijn notitie");
                                    assertThat(_find(Pre.class, spec -> spec.withId("their-notes")))
                                            .hasSize(1);
                                    assertThat(notes().getValue()).isEqualTo("- Mijn notitie");
                                })),
                new Scenario(
                        "SessionOutcomeService.setActionStatus",
                        DemoUsers.FACILITATOR,
                        f -> Edit.typingSaves(
                                SESSION_ACTION.VERSION,
                                f.action().id(),
                                "sessies/" + f.running().id(),
                                () -> _setValue(actionStatus(), ActionStatus.DONE),
                                () -> {
                                    conflictShown();
                                    assertThat(actionStatus().getValue()).isEqualTo(ActionStatus.DONE);
                                })),
                new Scenario(
                        "SessionOutcomeService.updateDecision",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                SESSION_DECISION.VERSION,
                                f.decision().id(),
                                "sessies/" + f.running().id(),
                                () -> {
                                    _click(_get(
                                            _get(
                                                    Component.class,
                                                    spec -> spec.withClasses("decision")
                                                            .withAttribute(
                                                                    "data-decision-id",
                                                                    String.valueOf(f.decision()
                                                                            .id()))),
                                            Button.class,
                                            spec -> spec.withClasses("edit-decision")));
                                    type("edit-outcome-description");
                                },
                                () -> click("save-edited-outcome"))),
                new Scenario(
                        "SessionOutcomeService.updateAction",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                SESSION_ACTION.VERSION,
                                f.action().id(),
                                "sessies/" + f.running().id(),
                                () -> {
                                    _click(_find(Button.class, spec -> spec.withClasses("edit-action"))
                                            .getFirst());
                                    type("edit-outcome-description");
                                },
                                () -> click("save-edited-outcome"))),
                new Scenario(
                        "MinutesService.acceptCorrection",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                MINUTES_CORRECTION.VERSION,
                                f.correction().id(),
                                "sessies/" + f.closed().id(),
                                NOTHING_TO_FILL,
                                () -> _click(_get(Button.class, spec -> spec.withClasses("accept-correction"))))),
                new Scenario(
                        "MinutesService.rejectCorrection",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                MINUTES_CORRECTION.VERSION,
                                f.correction().id(),
                                "sessies/" + f.closed().id(),
                                () -> {
                                    _click(_get(Button.class, spec -> spec.withClasses("reject-correction")));
                                    type("reject-reason");
                                },
                                () -> click("confirm-reject"))),

                // ---- bottlenecks and the national agenda
                new Scenario(
                        "BottleneckService.update",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK.VERSION,
                                f.bottleneck().id(),
                                "knelpunten/" + f.bottleneck().id(),
                                () -> {
                                    click("edit-bottleneck");
                                    type("bottleneck-title-field", "bottleneck-description");
                                },
                                () -> click("save-bottleneck"))),
                new Scenario(
                        "BottleneckService.hideComment",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK_COMMENT.VERSION,
                                f.comment().id(),
                                "knelpunten/" + f.bottleneck().id(),
                                () -> {
                                    _click(_get(Button.class, spec -> spec.withText("Verbergen")));
                                    type("hide-reason");
                                },
                                () -> click("save-hide"))),
                new Scenario(
                        "BottleneckService.showComment",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK_COMMENT.VERSION,
                                f.hiddenComment().id(),
                                "knelpunten/" + f.bottleneck().id(),
                                NOTHING_TO_FILL,
                                () -> _click(_get(Button.class, spec -> spec.withText("Weer tonen"))))),
                new Scenario(
                        "BottleneckService.editComment",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK_COMMENT.VERSION,
                                f.comment().id(),
                                "knelpunten/" + f.bottleneck().id(),
                                () -> {
                                    _click(_get(
                                            _get(
                                                    Component.class,
                                                    spec -> spec.withClasses("comment")
                                                            .withAttribute(
                                                                    "data-comment-id",
                                                                    String.valueOf(f.comment()
                                                                            .id()))),
                                            Button.class,
                                            spec -> spec.withClasses("edit-comment")));
                                    type("edit-comment-body", "edit-comment-reason");
                                },
                                () -> click("save-comment-edit"))),
                new Scenario(
                        "BottleneckService.withdraw",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                BOTTLENECK.VERSION,
                                f.bottleneck().id(),
                                "knelpunten/" + f.bottleneck().id(),
                                () -> {
                                    click("withdraw-bottleneck");
                                    type("withdraw-reason");
                                },
                                () -> click("save-withdraw"))),
                new Scenario(
                        "NationalAgendaService.reopen",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK.VERSION,
                                f.closedBottleneck().id(),
                                "knelpunten/" + f.closedBottleneck().id(),
                                () -> {
                                    click("reopen-bottleneck");
                                    type("reopen-reason");
                                },
                                () -> click("save-reopen"))),
                new Scenario(
                        "NationalAgendaService.changeStatus",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK.VERSION,
                                f.bottleneck().id(),
                                "knelpunten/" + f.bottleneck().id(),
                                () -> {
                                    click("change-status");
                                    @SuppressWarnings("unchecked")
                                    Select<BottleneckStatus> status =
                                            _get(Select.class, spec -> spec.withId("new-status"));
                                    _setValue(status, BottleneckStatus.UNDER_REVIEW);
                                    type("status-note");
                                },
                                () -> click("save-status"))),
                new Scenario(
                        "NationalAgendaService.promote",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK.VERSION,
                                f.bottleneck().id(),
                                "knelpunten/" + f.bottleneck().id(),
                                () -> {
                                    click("promote");
                                    @SuppressWarnings("unchecked")
                                    CheckboxGroup<Addressee> addressees =
                                            _get(CheckboxGroup.class, spec -> spec.withId("agenda-addressees"));
                                    _setValue(addressees, Set.of(Addressee.MINISTRY_VWS));
                                    type("agenda-next-step");
                                },
                                () -> click("save-agenda"))),
                new Scenario(
                        "NationalAgendaService.updateAgenda",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK.VERSION,
                                f.promoted().id(),
                                "knelpunten/" + f.promoted().id(),
                                () -> {
                                    click("edit-agenda");
                                    type("agenda-next-step", "agenda-solution");
                                },
                                () -> click("save-agenda"))),
                new Scenario(
                        "NationalAgendaService.recordFollowUp",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                BOTTLENECK.VERSION,
                                f.promoted().id(),
                                "knelpunten/" + f.promoted().id(),
                                () -> {
                                    click("record-follow-up");
                                    type("follow-up-note", "follow-up-next-step");
                                },
                                () -> click("save-follow-up"))),

                // ---- factsheets and documents
                new Scenario(
                        "FactsheetService.save",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                FACTSHEET_VERSION.VERSION,
                                f.draft().id(),
                                "factsheets/" + f.draft().factsheetId(),
                                () -> {
                                    click("edit-factsheet");
                                    type("factsheet-title-field");
                                },
                                () -> click("save-factsheet"))),
                new Scenario(
                        "FactsheetService.submit",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                FACTSHEET_VERSION.VERSION,
                                f.draft().id(),
                                "factsheets/" + f.draft().factsheetId(),
                                NOTHING_TO_FILL,
                                () -> click("submit-factsheet"))),
                new Scenario(
                        "FactsheetService.returnToWriters",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                FACTSHEET_VERSION.VERSION,
                                f.submitted().id(),
                                "factsheets/" + f.submitted().factsheetId(),
                                () -> {
                                    click("return-factsheet");
                                    type("return-comment");
                                },
                                () -> click("confirm-return"))),
                new Scenario(
                        "FactsheetService.publish",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                FACTSHEET_VERSION.VERSION,
                                f.submitted().id(),
                                "factsheets/" + f.submitted().factsheetId(),
                                () -> click("publish-factsheet"),
                                () -> _fireConfirm(_get(ConfirmDialog.class)))),
                new Scenario(
                        "FactsheetService.deleteDraft",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                FACTSHEET_VERSION.VERSION,
                                f.draft().id(),
                                "factsheets/" + f.draft().factsheetId(),
                                () -> click("delete-factsheet"),
                                () -> _fireConfirm(_get(ConfirmDialog.class)))),
                new Scenario(
                        "FactsheetService.withdraw",
                        DemoUsers.FACILITATOR,
                        f -> new Edit(
                                FACTSHEET_VERSION.VERSION,
                                f.published().id(),
                                "factsheets/" + f.published().factsheetId(),
                                () -> {
                                    click("withdraw-factsheet");
                                    type("withdraw-reason");
                                },
                                () -> click("confirm-withdraw"))),
                new Scenario(
                        "DocumentService.replaceFile",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                DOCUMENT.VERSION,
                                f.document().id(),
                                "documenten",
                                () -> {
                                    _click(documentReplaceButton(f.document().title()));
                                    ReplacementFiles.choose("nieuwe versie.pdf", TestFiles.pdf());
                                },
                                () -> click("save-replacement"))),
                new Scenario(
                        "DocumentService.update",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                DOCUMENT.VERSION,
                                f.document().id(),
                                "documenten",
                                () -> {
                                    _click(documentButton(f.document().title(), "Wijzig "));
                                    type("document-title");
                                },
                                () -> click("save-document"))),
                new Scenario(
                        "DocumentService.remove",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                DOCUMENT.VERSION,
                                f.document().id(),
                                "documenten",
                                () -> _click(documentButton(f.document().title(), "Verwijder ")),
                                () -> _fireConfirm(_get(ConfirmDialog.class)))),

                // ---- cost-benefit analyses
                new Scenario(
                        "AnalysisLifecycleService.updateHeading",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_ANALYSIS.VERSION,
                                f.mkba().draft(),
                                "mkba/" + f.mkba().draft(),
                                () -> {
                                    click("edit-mkba");
                                    type("mkba-title");
                                },
                                () -> click("save-mkba"))),
                new Scenario(
                        "AnalysisLifecycleService.publish",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_ANALYSIS.VERSION,
                                f.mkba().draft(),
                                "mkba/" + f.mkba().draft(),
                                () -> click("publish-mkba"),
                                () -> _fireConfirm(_get(ConfirmDialog.class)))),
                new Scenario(
                        "AnalysisLifecycleService.withdraw",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_ANALYSIS.VERSION,
                                f.mkba().published(),
                                "mkba/" + f.mkba().published(),
                                NOTHING_TO_FILL,
                                () -> click("withdraw-mkba"))),
                new Scenario(
                        "AnalysisLifecycleService.delete",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_ANALYSIS.VERSION,
                                f.mkba().draft(),
                                "mkba/" + f.mkba().draft(),
                                () -> click("delete-mkba"),
                                () -> _fireConfirm(_get(ConfirmDialog.class)))),
                new Scenario(
                        "AnalysisPartsService.updateStakeholder",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_STAKEHOLDER.VERSION,
                                f.mkba().stakeholder(),
                                "mkba/" + f.mkba().draft(),
                                () -> {
                                    _click(cellButton(
                                            "mkba-stakeholders",
                                            "stakeholder-" + f.mkba().stakeholder() + "-edit"));
                                    type("stakeholder-name");
                                },
                                () -> click("save-stakeholder"))),
                new Scenario(
                        "AnalysisPartsService.removeStakeholder",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_STAKEHOLDER.VERSION,
                                f.mkba().freeStakeholder(),
                                "mkba/" + f.mkba().draft(),
                                NOTHING_TO_FILL,
                                () -> _click(cellButton(
                                        "mkba-stakeholders",
                                        "stakeholder-" + f.mkba().freeStakeholder() + "-remove")))),
                new Scenario(
                        "AnalysisPartsService.updateItem",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_LINE_ITEM.VERSION,
                                f.mkba().item(),
                                "mkba/" + f.mkba().draft(),
                                () -> {
                                    _click(cellButton(
                                            "mkba-items", "item-" + f.mkba().item() + "-edit"));
                                    type("item-description");
                                },
                                () -> click("save-item"))),
                new Scenario(
                        "AnalysisPartsService.removeItem",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_LINE_ITEM.VERSION,
                                f.mkba().item(),
                                "mkba/" + f.mkba().draft(),
                                NOTHING_TO_FILL,
                                () -> _click(cellButton(
                                        "mkba-items", "item-" + f.mkba().item() + "-remove")))),
                new Scenario(
                        "AnalysisPartsService.updateEffect",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_UNPRICED_EFFECT.VERSION,
                                f.mkba().effect(),
                                "mkba/" + f.mkba().draft(),
                                () -> {
                                    _click(cellButton(
                                            "mkba-effects", "effect-" + f.mkba().effect() + "-edit"));
                                    type("effect-description");
                                },
                                () -> click("save-effect"))),
                new Scenario(
                        "AnalysisPartsService.removeEffect",
                        DemoUsers.DEN_HAAG,
                        f -> new Edit(
                                MKBA_UNPRICED_EFFECT.VERSION,
                                f.mkba().effect(),
                                "mkba/" + f.mkba().draft(),
                                NOTHING_TO_FILL,
                                () -> _click(cellButton(
                                        "mkba-effects", "effect-" + f.mkba().effect() + "-remove")))),

                // ---- anchoring
                new Scenario("AnchoringService.save", DemoUsers.DEN_HAAG, f -> {
                    Quarter quarter = anchoring.currentQuarter();
                    Assessment read = anchoring
                            .assessment(f.denHaag().id(), quarter)
                            .orElseGet(() -> anchoring.save(f.denHaag().id(), quarter, null, scores(3)));
                    return new Edit(
                            ANCHORING_ASSESSMENT.VERSION,
                            read.id(),
                            "verankering",
                            () -> {
                                @SuppressWarnings("unchecked")
                                RadioButtonGroup<Integer> funding = _get(
                                        RadioButtonGroup.class,
                                        spec -> spec.withId("anchoring-score-" + Dimension.STRUCTURAL_FUNDING.name()));
                                _setValue(funding, 4);
                                type("anchoring-comment-" + Dimension.STRUCTURAL_FUNDING.name());
                            },
                            () -> click("anchoring-save"));
                }));
    }

    @Test
    void every_service_method_that_changes_an_item_under_a_version_has_a_scenario() {
        Set<String> versioned = VersionedWrites.serviceMethods();
        assertThat(versioned).contains("UserService.updateMyProfile", "WorkSessionService.cancel");
        assertThat(scenarios().stream().map(Scenario::method)).doesNotHaveDuplicates();
        assertThat(scenarios().stream().map(Scenario::method)).containsExactlyInAnyOrderElementsOf(versioned);
    }

    @TestFactory
    Stream<DynamicTest> a_save_from_a_version_someone_else_changed_gets_the_conflict_and_keeps_the_input() {
        return scenarios().stream()
                .map(scenario -> DynamicTest.dynamicTest(scenario.method(), () -> conflicts(scenario)));
    }

    private void conflicts(Scenario scenario) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                Fixture fixture = new ServiceFixtures(context).make();
                SignIn.as(users, scenario.who());
                Edit edit = scenario.prepare().apply(fixture);
                openAs(scenario.who(), edit.path());
                edit.fill().run();
                MockVaadin.clientRoundtrip(false);
                List<Object> typed = inputs();

                Table<?> table = edit.version().getTable();
                Field<Long> id = idOf(table);
                // Someone else saves first, from the same version.
                assertThat(dsl.update(table)
                                .set(edit.version(), edit.version().plus(1))
                                .where(id.eq(edit.rowId()))
                                .execute())
                        .as("the row to change")
                        .isEqualTo(1);
                Map<String, Object> theirs = row(table, id, edit.rowId());

                edit.save().run();

                MockVaadin.clientRoundtrip(false);
                edit.conflict().run();
                if (!edit.typingSaves()) {
                    assertThat(inputs()).as("what was typed").isEqualTo(typed);
                }
                assertThat(row(table, id, edit.rowId()))
                        .as("the other person's save")
                        .isEqualTo(theirs);
            } finally {
                tearDownVaadin();
            }
        });
    }

    /** The conflict dialog, or for a step without a form, the page reloaded with a message saying so. */
    private static void conflictShown() {
        List<String> headers = _find(ConfirmDialog.class).stream()
                .filter(ConfirmDialog::isOpened)
                .map(ConfirmDialogKt::getHeader)
                .toList();
        List<String> notices = NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
        assertThat(headers.contains(CONFLICT_TITLE) || notices.contains(RELOADED))
                .as("conflict message; dialogs %s, notifications %s", headers, notices)
                .isTrue();
    }

    /** The values of every input on the page and in its open dialogs, in page order. */
    private static List<Object> inputs() {
        List<Object> values = new ArrayList<>();
        collect(UI.getCurrent(), values);
        return values;
    }

    private static void collect(Component component, List<Object> values) {
        if (component instanceof ConfirmDialog) {
            return;
        }
        if (component instanceof HasValue<?, ?> input && component.isVisible()) {
            values.add(Objects.requireNonNullElse(input.getValue(), "(empty)"));
        }
        component.getChildren().forEach(child -> collect(child, values));
    }

    private static void type(String... fieldIds) {
        for (String fieldId : fieldIds) {
            @SuppressWarnings("unchecked")
            TextFieldBase<?, String> field = _get(TextFieldBase.class, spec -> spec.withId(fieldId));
            _setValue(field, "Mijn versie in " + fieldId);
        }
    }

    private static void click(String buttonId) {
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
    }

    private static Button labelled(String label) {
        return _get(Button.class, spec -> spec.withAttribute("aria-label", label));
    }

    private static TextArea notes() {
        return _get(TextArea.class, spec -> spec.withLabel("Notities bij Opening"));
    }

    /** The status of the fixture's action, in the first list that shows it. */
    @SuppressWarnings("unchecked")
    private static Select<ActionStatus> actionStatus() {
        return _find(Select.class, spec -> spec.withClasses("action-status")).getFirst();
    }

    /** A document's edit or remove button, in the library filtered on its title. */
    private static Button documentButton(String title, String labelStart) {
        _setValue(_get(TextFieldBase.class, spec -> spec.withId("document-filter-text")), title);
        return gridButton("documents", spec -> spec.withAttribute("aria-label", labelStart + title));
    }

    /** A document's replace-file button, in the library filtered on its title. */
    private static Button documentReplaceButton(String title) {
        _setValue(_get(TextFieldBase.class, spec -> spec.withId("document-filter-text")), title);
        return gridButton("documents", spec -> spec.withClasses("replace-document-file"));
    }

    /** A button in a grid's actions column, by its id, found in whichever row holds it. */
    private static Button cellButton(String gridId, String buttonId) {
        return gridButton(gridId, spec -> spec.withId(buttonId));
    }

    /** One of a region's action buttons in the region administration's grid. */
    private static Button regionAction(String code, String buttonId) {
        return gridButton("managed-regions", spec -> spec.withId(buttonId + "-" + code));
    }

    /** The first button in a grid's actions column that matches, in whichever row holds it. */
    private static Button gridButton(String gridId, Consumer<SearchSpecJ<Button>> matching) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, _size(grid))
                .mapToObj(row -> _getCellComponent(grid, row, "actions"))
                .flatMap(cell -> _find(cell, Button.class, matching).stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No such button in " + gridId));
    }

    /** Opens the account dialog of the user with this address from the user list. */
    private static void openUser(String email, boolean inactive) {
        if (inactive) {
            _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ook gedeactiveerde accounts")), true);
        }
        _setValue(_get(TextFieldBase.class, spec -> spec.withId("user-search")), email);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(_size(grid)).as("accounts found for " + email).isEqualTo(1);
        _clickItem(grid, 0);
    }

    private static List<Score> scores(int score) {
        return Arrays.stream(Dimension.values())
                .map(d -> new Score(d, score, ""))
                .toList();
    }

    private Map<String, Object> row(Table<?> table, Field<Long> id, long rowId) {
        return new LinkedHashMap<>(
                dsl.selectFrom(table).where(id.eq(rowId)).fetchSingle().intoMap());
    }

    private static Field<Long> idOf(Table<?> table) {
        Field<?> id = table.field(DSL.name("id"));
        assertThat(id).as(table.getName() + ".id").isNotNull();
        return Objects.requireNonNull(id).coerce(Long.class);
    }
}
