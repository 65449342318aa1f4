package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import nl.geboortezorg.werkplaats.bottlenecks.ui.BottleneckNavigation;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.ui.ViewLink;
import nl.geboortezorg.werkplaats.documents.ui.DocumentNavigation;
import nl.geboortezorg.werkplaats.factsheets.ui.FactsheetNavigation;
import nl.geboortezorg.werkplaats.mkba.ui.AnalysisNavigation;
import nl.geboortezorg.werkplaats.regions.ui.RegionNavigation;
import nl.geboortezorg.werkplaats.sessions.ui.SessionNavigation;
import nl.geboortezorg.werkplaats.users.ui.UserNavigation;
import org.springframework.stereotype.Component;

/**
 * The view that shows each destination, and its path from the routes Vaadin registered at start-up:
 * the application's registry, which answers outside a request too (the e-mail digest).
 */
@Component
class DestinationRoutes implements Destinations {

    private final RouteConfiguration routes;

    DestinationRoutes(ServletContext servletContext) {
        this.routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
    }

    /** Every kind of destination has its view here; a new kind does not compile until it is added. */
    static ViewLink link(Destination destination) {
        return switch (destination) {
            case Destination.Home home -> RegionNavigation.home();
            case Destination.Session session -> SessionNavigation.session(session.id());
            case Destination.Bottleneck bottleneck -> BottleneckNavigation.bottleneck(bottleneck.id());
            case Destination.Factsheet factsheet -> FactsheetNavigation.factsheet(factsheet.id());
            case Destination.Analysis analysis -> AnalysisNavigation.analysis(analysis.id());
            case Destination.Documents documents ->
                DocumentNavigation.library(documents.regionCode(), documents.words());
            case Destination.KnowledgeBase knowledgeBase -> FactsheetNavigation.knowledgeBase();
            case Destination.Profile profile -> UserNavigation.profile();
            case Destination.ForgotPassword forgot -> UserNavigation.forgotPassword();
            case Destination.ChoosePassword link -> UserNavigation.choosePassword(link.token());
            case Destination.ConfirmEmail link -> UserNavigation.confirmEmail(link.token());
        };
    }

    @Override
    public String path(Destination destination) {
        return link(destination).path(routes);
    }
}
