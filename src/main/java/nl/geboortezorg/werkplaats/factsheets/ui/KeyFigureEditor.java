package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ui.FieldGroup;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import org.jspecify.annotations.Nullable;

/** The key figures of the results as rows of label, value, unit and year; rows are added and removed freely. */
final class KeyFigureEditor extends FieldGroup {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    KeyFigureEditor(String label) {
        super("key-figures", label);
        addClassName("key-figure-editor");
        add = new Button(getTranslation("factsheet.add-key-figure"), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.setId("add-key-figure");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    void setValue(List<KeyFigure> figures) {
        rows.clear();
        list.removeAll();
        figures.forEach(this::addRow);
    }

    List<KeyFigure> getValue() {
        return rows.stream().map(Row::figure).toList();
    }

    private void addRow(@Nullable KeyFigure figure) {
        if (rows.size() >= KeyFigure.MAX_COUNT) {
            return;
        }
        Row row = new Row(rows.size() + 1);
        if (figure != null) {
            row.label.setValue(figure.label());
            row.value.setValue(figure.value());
            row.unit.setValue(figure.unit() == null ? "" : figure.unit());
            row.year.setValue(figure.year());
        }
        rows.add(row);
        list.add(row.layout);
        add.setEnabled(rows.size() < KeyFigure.MAX_COUNT);
    }

    private final class Row {

        final TextField label = new TextField();
        final BigDecimalField value = new BigDecimalField();
        final TextField unit = new TextField();
        final IntegerField year = new IntegerField();
        final HorizontalLayout layout;

        Row(int number) {
            label.setLabel(getTranslation("key-figure.label"));
            label.setMaxLength(KeyFigure.LABEL_MAX);
            label.addClassName("key-figure-label");
            value.setLabel(getTranslation("key-figure.value"));
            value.addClassName("key-figure-value");
            unit.setLabel(getTranslation("key-figure.unit"));
            unit.setMaxLength(KeyFigure.UNIT_MAX);
            unit.addClassName("key-figure-unit");
            year.setLabel(getTranslation("key-figure.year"));
            year.addClassName("key-figure-year");
            year.setMin(KeyFigure.FIRST_YEAR);
            year.setMax(KeyFigure.LAST_YEAR);
            year.setWidth("6rem");
            Button remove = new Button(VaadinIcon.TRASH.create());
            remove.setAriaLabel(getTranslation("factsheet.remove-key-figure", number));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            layout = new HorizontalLayout(label, value, unit, year, remove);
            remove.addClickListener(click -> {
                rows.remove(this);
                list.remove(layout);
                add.setEnabled(true);
            });
            layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        KeyFigure figure() {
            return new KeyFigure(label.getValue(), value.getValue(), unit.getValue(), year.getValue());
        }
    }
}
