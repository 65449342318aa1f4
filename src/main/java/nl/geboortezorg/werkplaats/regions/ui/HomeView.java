package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;

/**
 * The home page: what other features contribute for the user (the national dashboard for
 * facilitators and observers), then the seven regional partnerships, the user's own marked.
 */
@Route("")
@Menu(order = 0, title = "home.title", icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(RegionService regions, List<HomeSection> sections) {
        addClassName("home-view");
        sections.forEach(section -> section.create().ifPresent(this::add));
        add(new Paragraph(getTranslation("home.intro")));
        Div cards = new Div();
        cards.addClassName("region-cards");
        cards.getElement().setAttribute("role", "list");
        // Archived regions stay readable, after the active ones.
        List<RegionSummary> all = regions.allRegions().stream()
                .sorted(Comparator.comparing(RegionSummary::archived))
                .toList();
        for (RegionSummary region : all) {
            cards.add(card(region));
        }
        add(cards);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.no-regions"));
            none.setId("no-regions");
            add(none);
            if (regions.mayManageRegions()) {
                add(new Paragraph(RegionNavigation.administration().anchor(getTranslation("region.admin.first"))));
            }
        }
    }

    private Div card(RegionSummary region) {
        RouterLink link =
                new RouterLink(RegionWorkspaceView.class, new RouteParameters(RegionWorkspaceView.CODE, region.code()));
        link.add(new H2(region.name()));
        Div card = new Div(link);
        card.addClassName("region-card");
        card.getElement().setAttribute("role", "listitem");
        if (region.archived()) {
            card.addClassName("archived");
            Span archived = new Span(getTranslation("region.archived.badge"));
            archived.getElement().getThemeList().add("badge contrast");
            card.add(archived);
        }
        if (region.myRegion()) {
            Span mine = new Span(getTranslation("layout.my-region"));
            mine.getElement().getThemeList().add("badge");
            card.add(mine);
        }
        if (region.leadOrganisation() != null) {
            card.add(new Paragraph(getTranslation("region.lead") + ": " + region.leadOrganisation()));
        }
        card.add(new Paragraph(getTranslation("home.counts", region.organisationCount(), region.memberCount())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
