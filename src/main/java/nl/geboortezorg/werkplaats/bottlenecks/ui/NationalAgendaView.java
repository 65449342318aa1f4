package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The national agenda in priority order, with its briefing PDF and CSV. */
@Route("nationale-agenda")
@PermitAll
class NationalAgendaView extends Main implements HasDynamicTitle {

    NationalAgendaView() {
        H2 title = new H2(getTranslation("agenda.title"));
        title.addClassName("view-title");
        add(title);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title");
    }
}
