package nl.geboortezorg.werkplaats.factsheets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.common.SafeMarkdown;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSection;
import nl.geboortezorg.werkplaats.factsheets.FactsheetVersion;
import nl.geboortezorg.werkplaats.factsheets.KeyFigure;
import nl.geboortezorg.werkplaats.factsheets.Partner;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import org.jspecify.annotations.Nullable;

/** A factsheet version's sections as the page, the knowledge base and the side-by-side view show them. */
final class FactsheetContent {

    private FactsheetContent() {}

    /** Every section in order, each under its heading. */
    static Div of(Component context, FactsheetVersion version) {
        Div content = new Div();
        content.addClassName("factsheet-content");
        for (FactsheetSection section : FactsheetSection.values()) {
            Section part = new Section(new H3(context.getTranslation(sectionKey(section))));
            part.setId("section-" + section.field());
            part.add(section(context, version, section));
            content.add(part);
        }
        return content;
    }

    static String sectionKey(FactsheetSection section) {
        return "factsheet-section." + section.name();
    }

    /** One section's body: Markdown made safe, the partners by type, or the results with key figures. */
    static Component section(Component context, FactsheetVersion version, FactsheetSection section) {
        return switch (section) {
            case PARTNERS -> partners(context, version);
            case RESULTS -> {
                Div results = new Div(markdown(context, version.content().results()));
                if (!version.keyFigures().isEmpty()) {
                    results.add(keyFigures(context, version.keyFigures()));
                }
                yield results;
            }
            default -> markdown(context, version.content().text(section));
        };
    }

    private static Component markdown(Component context, @Nullable String text) {
        if (text == null || text.isBlank()) {
            Paragraph empty = new Paragraph(context.getTranslation("factsheet.section-empty"));
            empty.addClassName("empty-section");
            return empty;
        }
        return new Html(SafeMarkdown.toHtml(text));
    }

    private static Component partners(Component context, FactsheetVersion version) {
        if (version.partners().isEmpty()) {
            return markdown(context, null);
        }
        Div partners = new Div();
        partners.addClassName("factsheet-partners");
        for (Map.Entry<OrganisationType, List<Partner>> type :
                version.partnersByType().entrySet()) {
            UnorderedList names = new UnorderedList();
            type.getValue().forEach(partner -> names.add(new ListItem(partner.name())));
            partners.add(
                    new H4(context.getTranslation(
                            "organisation-type." + type.getKey().name())),
                    names);
        }
        return partners;
    }

    private static Component keyFigures(Component context, List<KeyFigure> figures) {
        NativeTable table = new NativeTable();
        table.addClassName("key-figures");
        table.getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(context.getTranslation("key-figure.label")),
                        new NativeTableHeaderCell(context.getTranslation("key-figure.value")),
                        new NativeTableHeaderCell(context.getTranslation("key-figure.year"))));
        for (KeyFigure figure : figures) {
            table.getBody()
                    .addRows(new NativeTableRow(
                            new NativeTableCell(figure.label()),
                            new NativeTableCell(
                                    new Span(figure.dutchValue() + (figure.unit() == null ? "" : " " + figure.unit()))),
                            new NativeTableCell(figure.year() == null ? "" : String.valueOf(figure.year()))));
        }
        return table;
    }
}
