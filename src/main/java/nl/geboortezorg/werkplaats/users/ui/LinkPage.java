package nl.geboortezorg.werkplaats.users.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.users.AccountLinkService;
import nl.geboortezorg.werkplaats.users.LinkCheck;

/**
 * An account page reached through a link from a mail, with the link's token in its path: it
 * checks the link on entering and shows either what the link is for or why it can no longer be
 * used (used, replaced, expired or unknown), with the way on.
 */
abstract class LinkPage extends AccountPage implements BeforeEnterObserver {

    static final String TOKEN = "token";

    protected final AccountLinkService links;

    LinkPage(AccountLinkService links) {
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get(TOKEN).orElse("");
        showLink(token, links.check(token));
    }

    /** Shows the page for the link as it is now. */
    protected abstract void showLink(String token, LinkCheck link);

    /**
     * Shows why a link that was spent can no longer be used, or that it is not known at all
     * ({@code UNKNOWN}), followed by what the reader can do next.
     */
    protected void showUnusable(String state, Component... next) {
        Paragraph message = text("account-link." + state);
        message.setId("link-state");
        List<Component> content = new ArrayList<>(List.of(message));
        content.addAll(List.of(next));
        show(getTranslation("account-link.title." + state), content.toArray(Component[]::new));
    }
}
