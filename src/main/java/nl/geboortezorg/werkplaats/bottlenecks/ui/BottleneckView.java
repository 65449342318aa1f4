package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDetail;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;

/** One bottleneck: what was raised, which regions recognise it, its timeline and its discussion. */
@Route("knelpunten/:id")
@PermitAll
class BottleneckView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BottleneckService bottlenecks;
    private BottleneckDetail detail;

    BottleneckView(BottleneckService bottlenecks) {
        this.bottlenecks = bottlenecks;
    }

    /** The address of a bottleneck's page, for links from other views. */
    static String route(long id) {
        return "knelpunten/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        detail = bottlenecks.detail(id).orElse(null);
        if (detail == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H2 title = new H2(detail.bottleneck().title());
        title.setId("bottleneck-title");
        add(title);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("bottlenecks.title") : detail.bottleneck().title();
    }
}
