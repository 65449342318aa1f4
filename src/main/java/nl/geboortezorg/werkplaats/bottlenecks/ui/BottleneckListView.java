package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** All bottlenecks, or one region's: filtered, sorted and paged lazily; raise a new one. */
@Route("knelpunten")
@PermitAll
class BottleneckListView extends Main implements HasDynamicTitle {

    BottleneckListView() {
        H2 title = new H2(getTranslation("bottlenecks.title"));
        title.addClassName("view-title");
        add(title);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bottlenecks.title");
    }
}
