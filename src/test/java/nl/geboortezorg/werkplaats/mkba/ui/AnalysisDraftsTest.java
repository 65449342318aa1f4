package nl.geboortezorg.werkplaats.mkba.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.unique;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertKeptWhenLeft;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertRestored;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.cancelDialog;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.click;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.field;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.notices;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.drafts.DraftForm;
import nl.geboortezorg.werkplaats.drafts.DraftKey;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail.LineItemRow;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture.Made;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.mkba.EffectDraft;
import nl.geboortezorg.werkplaats.mkba.model.EffectDirection;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.Drafts;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The free text of a cost-benefit analysis's forms is kept as the writer's draft: heading, costs
 * and benefits, and effects, new or changed, come back when the form opens again.
 */
class AnalysisDraftsTest extends ViewTest {

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    DraftService drafts;

    @Autowired
    CostBenefitService analyses;

    private Made made;

    @BeforeEach
    void analysis() {
        made = new CostBenefitFixture(context).analysis(unique("Concepten"), PublicationLevel.REGION);
    }

    @Test
    void the_heading_of_a_new_analysis_and_of_an_existing_one_is_kept() {
        openAs(DemoUsers.DEN_HAAG, "mkba");
        assertKeptWhenLeft(() -> click("new-mkba"), Drafts::cancelDialog, "mkba-title", "mkba-description");
        cancelDialog();

        navigate("mkba/" + made.id());
        assertKeptWhenLeft(() -> click("edit-mkba"), Drafts::cancelDialog, "mkba-title", "mkba-description");
    }

    @Test
    void a_new_cost_and_a_new_benefit_keep_drafts_of_their_own() {
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        assertKeptWhenLeft(() -> click("add-cost"), Drafts::cancelDialog, "item-description", "item-source");
        cancelDialog();

        click("add-benefit");
        assertThat(field("item-description").getValue()).isEmpty();
        assertThat(notices()).isEmpty();
    }

    @Test
    void a_changed_line_item_is_kept_and_its_draft_goes_once_saved() {
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        assertKeptWhenLeft(
                () -> edit("mkba-items", "item-" + made.cost()),
                Drafts::cancelDialog,
                "item-description",
                "item-source");

        click("save-item");

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.LINE_ITEM, made.cost())))
                .isEmpty();
        edit("mkba-items", "item-" + made.cost());
        assertThat(notices()).isEmpty();
    }

    @Test
    void a_new_effect_and_a_changed_one_are_kept() {
        long effect = parts.addEffect(
                made.id(), new EffectDraft("Meer rust in het gezin", made.municipality(), EffectDirection.POSITIVE));
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        assertKeptWhenLeft(() -> click("add-effect"), Drafts::cancelDialog, "effect-description");
        cancelDialog();
        assertKeptWhenLeft(() -> edit("mkba-effects", "effect-" + effect), Drafts::cancelDialog, "effect-description");
    }

    @Test
    void typing_back_the_text_the_form_opened_with_leaves_no_draft() {
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        edit("mkba-items", "item-" + made.benefit());
        String original = field("item-description").getValue();
        type("item-description");
        _setValue(field("item-description"), original);
        cancelDialog();

        edit("mkba-items", "item-" + made.benefit());
        assertThat(notices()).isEmpty();
        assertThat(drafts.mine(DraftKey.forItem(DraftForm.LINE_ITEM, made.benefit())))
                .isEmpty();
    }

    @Test
    void when_someone_else_saved_the_item_first_the_typed_text_is_back_after_the_reload() {
        openAs(DemoUsers.DEN_HAAG, "mkba/" + made.id());
        edit("mkba-items", "item-" + made.cost());
        Map<String, String> typed = type("item-description", "item-source");
        LineItemRow row = analyses.detail(made.id()).orElseThrow().items().stream()
                .filter(item -> item.id() == made.cost())
                .findFirst()
                .orElseThrow();
        parts.updateItem(made.id(), row.id(), row.version(), row.draft());

        click("save-item");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(LineItemDialog.class)).isEmpty();

        edit("mkba-items", "item-" + made.cost());
        assertRestored(typed);
    }

    /** Presses the edit button of a row of one of the analysis's grids. */
    private static void edit(String gridId, String rowId) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId(gridId));
        for (int row = 0; row < GridKt._size(grid); row++) {
            List<Button> buttons = _find(
                    GridKt._getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withId(rowId + "-edit"));
            if (!buttons.isEmpty()) {
                _click(buttons.getFirst());
                return;
            }
        }
        throw new AssertionError("No row " + rowId + " in " + gridId);
    }
}
