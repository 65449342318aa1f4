package nl.geboortezorg.werkplaats.anchoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.LatestScores;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.ui.RegionWorkspaceSection;
import org.springframework.core.annotation.Order;

/**
 * Puts the region's latest anchoring scores on its workspace, each with its change since the
 * quarter before in words and an arrow, so the trend does not rest on colour. Only those who may see
 * the region's internals see it.
 */
@org.springframework.stereotype.Component
@Order(37)
class RegionAnchoringSection implements RegionWorkspaceSection {

    private final AnchoringService anchoring;

    RegionAnchoringSection(AnchoringService anchoring) {
        this.anchoring = anchoring;
    }

    @Override
    public Component create(Region region) {
        Section section = new Section();
        section.setId("region-anchoring");
        section.add(new H3(section.getTranslation("anchoring-section.title")));
        Optional<LatestScores> found = anchoring.latestScores(region.id());
        if (found.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("anchoring-section.none")));
        } else {
            LatestScores scores = found.get();
            section.add(new Paragraph(section.getTranslation(
                    scores.previous() == null ? "anchoring-section.quarter-alone" : "anchoring-section.quarter",
                    scores.latest().quarter().toString(),
                    scores.latest().quarter().previous().toString())));
            UnorderedList list = new UnorderedList();
            for (Dimension dimension : Dimension.values()) {
                scores.latest().score(dimension).ifPresent(score -> list.add(line(section, scores, dimension, score)));
            }
            section.add(list);
        }
        section.add(
                new Paragraph(AnchoringNavigation.anchoring().anchor(section.getTranslation("anchoring-section.all"))));
        return section;
    }

    private static ListItem line(Component c, LatestScores scores, Dimension dimension, Score score) {
        ListItem item = new ListItem(c.getTranslation(
                "anchoring-section.score", c.getTranslation("anchoring-dimension." + dimension.name()), score.score()));
        item.addClassName("anchoring-score");
        Optional<Integer> change = scores.change(dimension);
        if (change.isPresent()) {
            int by = change.get();
            String arrow = by > 0 ? "↑" : by < 0 ? "↓" : "→";
            String key = by > 0 ? "anchoring-section.up" : by < 0 ? "anchoring-section.down" : "anchoring-section.same";
            Span arrowSpan = new Span(arrow);
            arrowSpan.getElement().setAttribute("aria-hidden", "true");
            Span trend = new Span(c.getTranslation(key, Math.abs(by)));
            trend.addClassName("anchoring-trend");
            item.add(new Span(" "), arrowSpan, new Span(" "), trend);
        }
        return item;
    }
}
