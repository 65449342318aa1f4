package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.BiFunction;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.notifications.Activity;

/** A list of what happened, newest first, each leading to its item; more on request. */
class ActivityFeed extends Div {

    private final BiFunction<Integer, Integer, List<Activity>> page;
    private final Destinations destinations;
    private final int pageSize;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private int shown;

    ActivityFeed(
            String id,
            String titleKey,
            int pageSize,
            BiFunction<Integer, Integer, List<Activity>> page,
            Destinations destinations) {
        this.page = page;
        this.destinations = destinations;
        this.pageSize = pageSize;
        setId(id);
        addClassName("activity-feed");
        more.setText(getTranslation("activity.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(click -> load());
        add(new H2(getTranslation(titleKey)), list, more);
        load();
        if (shown == 0) {
            addComponentAtIndex(1, new Paragraph(getTranslation("activity.none")));
        }
    }

    private void load() {
        List<Activity> next = page.apply(shown, pageSize + 1);
        next.stream().limit(pageSize).forEach(activity -> {
            Span when = new Span(ActivityText.when(activity));
            when.addClassName("activity-when");
            Anchor what = new Anchor(destinations.path(activity.destination()), ActivityText.sentence(this, activity));
            list.add(new ListItem(when, what));
        });
        shown += Math.min(pageSize, next.size());
        more.setVisible(next.size() > pageSize);
    }
}
