package nl.geboortezorg.werkplaats.anchoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertKeptWhenLeft;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.assertRestored;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.click;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.field;
import static nl.geboortezorg.werkplaats.testsupport.Drafts.notices;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.drafts.DraftService;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The comments of a region's anchoring assessment are kept as the writer's draft, per quarter. */
class AnchoringDraftsTest extends ViewTest {

    private static final String APELDOORN = "apeldoorn@werkplaats.demo";

    @Autowired
    AnchoringService service;

    @Autowired
    DraftService drafts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forget() {
        jdbc.update(
                "delete from anchoring_assessment where region_id = (select id from region where code = 'apeldoorn')");
    }

    @SuppressWarnings("unchecked")
    private static Select<Quarter> quarter() {
        return _get(Select.class, spec -> spec.withId("anchoring-own-quarter"));
    }

    @Test
    void comments_left_unsaved_are_back_for_their_quarter_only_and_gone_once_saved() {
        openAs(APELDOORN, "verankering");
        Map<String, String> typed = assertKeptWhenLeft(
                () -> navigate("verankering"),
                () -> navigate(""),
                "anchoring-comment-DATA_SHARING",
                "anchoring-comment-GOVERNANCE");

        Quarter current = quarter().getValue();
        _setValue(quarter(), current.previous());
        assertThat(field("anchoring-comment-DATA_SHARING").getValue()).isEmpty();
        assertThat(notices()).isEmpty();
        _setValue(quarter(), current);
        assertRestored(typed);

        for (Dimension dimension : Dimension.values()) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> score =
                    _get(RadioButtonGroup.class, spec -> spec.withId("anchoring-score-" + dimension.name()));
            _setValue(score, 3);
        }
        click("anchoring-save");

        assertThat(notices()).isEmpty();
        assertThat(drafts.mine(AnchoringView.draftKey(
                        service.regionsToAssess().getFirst().id(), current)))
                .isEmpty();
        navigate("");
        navigate("verankering");
        assertThat(notices()).isEmpty();
        assertThat(field("anchoring-comment-DATA_SHARING").getValue())
                .isEqualTo(typed.get("anchoring-comment-DATA_SHARING"));
    }
}
