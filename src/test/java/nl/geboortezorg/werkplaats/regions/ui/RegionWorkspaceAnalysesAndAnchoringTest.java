package nl.geboortezorg.werkplaats.regions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.LatestScores;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisSummary;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A region's workspace shows its cost-benefit analyses and its latest anchoring scores with their trend. */
class RegionWorkspaceAnalysesAndAnchoringTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Autowired
    CostBenefitService analyses;

    @Autowired
    AnchoringService anchoring;

    @Test
    void a_member_sees_the_regions_analyses_and_each_dimensions_score_with_its_change_in_words_and_an_arrow() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        List<AnalysisSummary> own = analyses.find(new AnalysisFilter(denHaag, null), 0, 5);
        LatestScores latest = anchoring.latestScores(denHaag).orElseThrow();
        assertThat(latest.previous())
                .as("the demo assesses consecutive quarters")
                .isNotNull();

        openAs(DemoUsers.DEN_HAAG, "regio/den-haag");

        Section analysesSection = _get(Section.class, spec -> spec.withId("region-analyses"));
        assertThat(own).isNotEmpty();
        assertThat(analysesSection.getElement().getTextRecursively())
                .contains("MKBA’s")
                .contains(own.getFirst().title());
        assertThat(_find(analysesSection, Anchor.class))
                .anyMatch(a -> a.getHref().equals("mkba/" + own.getFirst().id()))
                .anyMatch(a -> a.getHref().equals("mkba"));

        Section anchoringSection = _get(Section.class, spec -> spec.withId("region-anchoring"));
        String text = anchoringSection.getElement().getTextRecursively();
        assertThat(text)
                .contains("Verankering")
                .contains("Scores van " + latest.latest().quarter() + ", vergeleken met "
                        + latest.latest().quarter().previous());
        List<ListItem> lines = _find(anchoringSection, ListItem.class);
        assertThat(lines).hasSize(Dimension.values().length);
        for (Dimension dimension : Dimension.values()) {
            int score = latest.latest().score(dimension).orElseThrow().score();
            int change = latest.change(dimension).orElseThrow();
            String words = change > 0 ? change + " omhoog" : change < 0 ? -change + " omlaag" : "gelijk";
            String arrow = change > 0 ? "↑" : change < 0 ? "↓" : "→";
            assertThat(lines).anyMatch(line -> {
                String l = line.getElement().getTextRecursively();
                return l.contains(": " + score + " van 5") && l.contains(arrow) && l.contains(words);
            });
        }
    }

    @Test
    void an_observer_sees_no_anchoring_scores_of_a_region() {
        openAs(DemoUsers.OBSERVER, "regio/den-haag");
        Section anchoringSection = _get(Section.class, spec -> spec.withId("region-anchoring"));
        assertThat(_find(anchoringSection, ListItem.class)).isEmpty();
        assertThat(anchoringSection.getElement().getTextRecursively())
                .contains("Nog geen verankeringsmeting van deze regio die u kunt zien.");
    }
}
