package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of a start page: a heading, a few items with their links, a sentence when there are
 * none, and the way to the full list where there is one. The features that own the items build
 * their part with it, so that every part of the start page reads the same.
 */
public final class StartSection {

    /** How many items a part shows; the full list is one link away. */
    public static final int SHOWN = 5;

    private StartSection() {}

    public static Section of(
            String id, String title, List<ListItem> items, String none, @Nullable ViewLink all, String allText) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("start-section");
        H2 heading = new H2(title);
        heading.setId(id + "-title");
        section.add(heading);
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        if (items.isEmpty()) {
            Paragraph nothing = new Paragraph(none);
            nothing.addClassName("start-section-none");
            section.add(nothing);
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(list::add);
            section.add(list);
        }
        if (all != null) {
            section.add(new Paragraph(all.anchor(allText)));
        }
        return section;
    }

    /** A line that leads to the item, followed by what more there is to say of it. */
    public static ListItem item(Component link, String... details) {
        ListItem item = new ListItem(link);
        for (String detail : details) {
            item.add(" · " + detail);
        }
        return item;
    }
}
