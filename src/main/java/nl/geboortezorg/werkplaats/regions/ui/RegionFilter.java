package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.geboortezorg.werkplaats.regions.RegionSummary;

/** The "region" filter of a list: every region, or one; the list refreshes on a change. */
public final class RegionFilter {

    private RegionFilter() {}

    public static Select<RegionSummary> of(String id, String label, List<RegionSummary> regions, Runnable refresh) {
        Select<RegionSummary> select = new Select<>();
        select.setLabel(label);
        select.setId(id);
        select.setEmptySelectionAllowed(true);
        String all = select.getTranslation("filter.all-regions");
        select.setEmptySelectionCaption(all);
        select.setItems(regions);
        select.setItemLabelGenerator(r -> r == null ? all : r.name());
        select.addValueChangeListener(change -> refresh.run());
        return select;
    }
}
