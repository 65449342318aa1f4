package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.notifications.CalendarFeedService;

/**
 * On the profile page: the person's secret calendar feed address. Only its hash is kept, so the
 * address shows once, right after it is made; making a new one revokes the old.
 */
public class CalendarFeedSection extends Section {

    private final CalendarFeedService feeds;
    private final Div state = new Div();

    public CalendarFeedSection(CalendarFeedService feeds) {
        this.feeds = feeds;
        setId("calendar-feed");
        Button create = new Button(getTranslation("calendar-feed.new"), click -> show(feeds.newFeedAddress()));
        create.setId("calendar-feed-new");
        add(
                new H2(getTranslation("calendar-feed.title")),
                new Paragraph(getTranslation("calendar-feed.intro")),
                new Paragraph(getTranslation("calendar-feed.outlook")),
                state,
                create);
        showCurrent();
    }

    private void showCurrent() {
        Optional<Instant> since = feeds.myFeedSince();
        state.removeAll();
        Paragraph text = new Paragraph(
                since.map(made -> getTranslation("calendar-feed.exists", DutchFormats.dateTime(made, getLocale())))
                        .orElseGet(() -> getTranslation("calendar-feed.none")));
        text.setId("calendar-feed-state");
        state.add(text);
    }

    private void show(String address) {
        state.removeAll();
        TextField field = new TextField(getTranslation("calendar-feed.address"));
        field.setId("calendar-feed-address");
        field.setValue(address);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setHelperText(getTranslation("calendar-feed.copy"));
        state.add(field);
        Notifications.success(getTranslation("calendar-feed.made"));
    }
}
