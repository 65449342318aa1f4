package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Going to an item's page by its route, which may carry query parameters. */
final class Locations {

    private Locations() {
    }

    static void navigate(UI ui, String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            ui.navigate(link);
        } else {
            ui.navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }
}
