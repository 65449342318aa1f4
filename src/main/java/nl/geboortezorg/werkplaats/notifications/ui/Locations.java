package nl.geboortezorg.werkplaats.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Going to a page by its path, which may carry query parameters ({@code documenten?regio=delft}). */
final class Locations {

    private Locations() {}

    static void navigate(UI ui, String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            ui.navigate(path);
        } else {
            ui.navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
    }
}
