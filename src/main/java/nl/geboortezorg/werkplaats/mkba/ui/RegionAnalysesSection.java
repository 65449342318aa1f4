package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.mkba.AnalysisFilter;
import nl.geboortezorg.werkplaats.mkba.AnalysisSummary;
import nl.geboortezorg.werkplaats.mkba.CostBenefitService;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.ui.RegionWorkspaceSection;
import org.springframework.core.annotation.Order;

/** Puts the region's latest cost-benefit analyses, as far as the reader may see them, on its workspace. */
@org.springframework.stereotype.Component
@Order(35)
class RegionAnalysesSection implements RegionWorkspaceSection {

    private static final int LATEST = 5;

    private final CostBenefitService analyses;

    RegionAnalysesSection(CostBenefitService analyses) {
        this.analyses = analyses;
    }

    @Override
    public Component create(Region region) {
        Section section = new Section();
        section.setId("region-analyses");
        section.add(new H3(section.getTranslation("analysis-section.title")));
        List<AnalysisSummary> latest = analyses.find(new AnalysisFilter(region.id(), null), 0, LATEST);
        if (latest.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("analysis-section.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (AnalysisSummary analysis : latest) {
                ListItem item =
                        new ListItem(AnalysisNavigation.analysis(analysis.id()).anchor(analysis.title()));
                item.add(" · "
                        + section.getTranslation(
                                "analysis-state." + analysis.state().name()) + " · "
                        + section.getTranslation("analysis-section.saved", DutchFormats.dateTime(analysis.savedAt())));
                list.add(item);
            }
            section.add(list);
        }
        section.add(
                new Paragraph(AnalysisNavigation.analyses().anchor(section.getTranslation("analysis-section.all"))));
        return section;
    }
}
