package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import nl.geboortezorg.werkplaats.factsheets.FactsheetDetail.VersionInfo;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.TextDiff;
import nl.geboortezorg.werkplaats.factsheets.VersionComparison;

/**
 * Two versions of a factsheet section by section: unchanged sections say so, changed ones show
 * removed text struck through and added text underlined, each also announced in words, so that
 * the difference never depends on colour alone.
 */
final class VersionCompareDialog extends Dialog {

    private final FactsheetService factsheets;
    final Select<VersionInfo> older = new Select<>();
    final Select<VersionInfo> newer = new Select<>();
    final Div result = new Div();

    VersionCompareDialog(
            FactsheetService factsheets, List<VersionInfo> versions, SerializableFunction<VersionInfo, String> label) {
        this.factsheets = factsheets;
        setHeaderTitle(getTranslation("factsheet.compare-versions"));
        setWidth("min(60rem, 96vw)");
        older.setLabel(getTranslation("factsheet.compare-from"));
        older.setId("compare-older");
        newer.setLabel(getTranslation("factsheet.compare-to"));
        newer.setId("compare-newer");
        for (Select<VersionInfo> select : List.of(older, newer)) {
            select.setItems(versions);
            select.setItemLabelGenerator(label::apply);
            select.addValueChangeListener(change -> compare());
        }
        result.setId("comparison");
        add(new HorizontalLayout(older, newer), result);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        newer.setValue(versions.getFirst());
        older.setValue(versions.get(1));
    }

    private void compare() {
        result.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        VersionComparison comparison =
                factsheets.compare(older.getValue().id(), newer.getValue().id());
        for (VersionComparison.SectionDifference section : comparison.sections()) {
            Div part = new Div(new H3(getTranslation(FactsheetContent.sectionKey(section.section()))));
            part.addClassName("compared-section");
            if (!section.changed()) {
                Paragraph same = new Paragraph(getTranslation("factsheet.compare-unchanged"));
                same.addClassName("unchanged");
                part.add(same);
            } else {
                part.addClassName("changed");
                Div text = new Div();
                text.addClassName("difference");
                for (TextDiff.Segment segment : section.segments()) {
                    text.add(
                            switch (segment.kind()) {
                                case SAME -> new Span(segment.text());
                                case REMOVED ->
                                    new Removed(getTranslation("factsheet.compare-removed"), segment.text());
                                case ADDED -> new Added(getTranslation("factsheet.compare-added"), segment.text());
                            });
                }
                part.add(text);
            }
            result.add(part);
        }
    }

    /** Text of the older version only: struck through, and named for screen readers. */
    @Tag("del")
    static final class Removed extends HtmlContainer {

        Removed(String announcement, String text) {
            getElement().setAttribute("aria-label", announcement + ": " + text);
            setText(text);
        }
    }

    /** Text of the newer version only: underlined, and named for screen readers. */
    @Tag("ins")
    static final class Added extends HtmlContainer {

        Added(String announcement, String text) {
            getElement().setAttribute("aria-label", announcement + ": " + text);
            setText(text);
        }
    }
}
