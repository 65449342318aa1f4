package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.jspecify.annotations.Nullable;

/**
 * A page of the platform named by its view and parameters, never by its path: the path comes from
 * the view's {@code @Route}, so renaming a route changes that one annotation. Links and navigation
 * are made from it.
 */
public record ViewLink(Class<? extends Component> view, RouteParameters parameters, QueryParameters query) {

    public static ViewLink to(Class<? extends Component> view) {
        return new ViewLink(view, RouteParameters.empty(), QueryParameters.empty());
    }

    public static ViewLink to(Class<? extends Component> view, String parameter, Object value) {
        return new ViewLink(view, new RouteParameters(parameter, String.valueOf(value)), QueryParameters.empty());
    }

    /** The same page with one more query parameter; a null value adds nothing. */
    public ViewLink with(String name, @Nullable String value) {
        return value == null ? this : new ViewLink(view, parameters, query.merging(name, value));
    }

    /** The address relative to the application ({@code knelpunten/12}), from the routes Vaadin registered. */
    public String path(RouteConfiguration routes) {
        String path = routes.getUrl(view, parameters);
        String queryString = query.getQueryString();
        return queryString.isEmpty() ? path : path + "?" + queryString;
    }

    /** The address relative to the application, in a request of the current UI. */
    public String path() {
        return path(RouteConfiguration.forApplicationScope());
    }

    public Anchor anchor(String text) {
        return new Anchor(path(), text);
    }

    public void navigate(UI ui) {
        ui.navigate(view, parameters, query);
    }
}
