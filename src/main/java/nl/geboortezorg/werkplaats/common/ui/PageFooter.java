package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/** The small footer of every page, signed in or public: the way to the accessibility statement. */
public final class PageFooter {

    private PageFooter() {}

    /** The footer, in the context component's language. */
    public static Footer of(Component context) {
        Footer footer = new Footer(statementLink(context));
        footer.addClassName("page-footer");
        return footer;
    }

    /** The link to the accessibility statement, for a frame that has a footer of its own. */
    public static Anchor statementLink(Component context) {
        Anchor link =
                ViewLink.to(AccessibilityStatementView.class).anchor(context.getTranslation("footer.accessibility"));
        link.addClassName("accessibility-link");
        return link;
    }
}
