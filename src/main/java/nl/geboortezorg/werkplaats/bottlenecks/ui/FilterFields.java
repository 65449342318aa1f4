package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.function.Function;
import nl.geboortezorg.werkplaats.regions.OrganisationType;

/** The filter fields the bottleneck list and the recognition matrix share, set up alike. */
final class FilterFields {

    private FilterFields() {}

    /** One of the items, or "Alle" for none: the empty choice filters on nothing. */
    static <T> void oneOrAll(
            Select<T> select, String labelKey, String id, Collection<T> items, Function<T, String> name) {
        String all = select.getTranslation("bottleneck-list.all");
        select.setLabel(select.getTranslation(labelKey));
        select.setId(id);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(item -> item == null ? all : name.apply(item));
    }

    /** Any of the organisation types involved; none chosen filters on nothing. */
    static void organisationTypes(MultiSelectComboBox<OrganisationType> types, String id) {
        types.setLabel(types.getTranslation("bottleneck.organisation-types"));
        types.setId(id);
        types.setItems(OrganisationType.values());
        types.setItemLabelGenerator(t -> types.getTranslation("organisation-type." + t.name()));
        types.setPlaceholder(types.getTranslation("bottleneck-list.all"));
        types.setWidth("18rem");
    }
}
