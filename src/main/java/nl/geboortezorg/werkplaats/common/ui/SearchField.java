package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The words filter of a list: searched as the user pauses typing; the list refreshes on a change. */
public final class SearchField {

    private SearchField() {}

    public static TextField of(String id, int maxLength, Runnable refresh) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation("filter.search"));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> refresh.run());
        return field;
    }
}
