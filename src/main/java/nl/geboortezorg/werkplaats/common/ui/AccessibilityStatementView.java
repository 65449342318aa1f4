package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement (toegankelijkheidsverklaring) after the Dutch government's model:
 * the standard, the status as measured and how, the known issues, where to report a problem and
 * the statement's date. Public, like the knowledge base: it must be readable before signing in.
 */
@Route(value = "toegankelijkheid", autoLayout = false)
@AnonymousAllowed
class AccessibilityStatementView extends Main implements HasDynamicTitle {

    AccessibilityStatementView(@Value("${wsg.accessibility.contact:${wsg.mail.from}}") String contact) {
        addClassName("accessibility-statement");
        H1 title = new H1(getTranslation("accessibility.title"));
        title.setId("accessibility-title");
        add(title, new Paragraph(getTranslation("accessibility.intro")));
        add(section("accessibility.standard"));
        add(section("accessibility.status"));
        add(section("accessibility.measured"));
        UnorderedList issues = new UnorderedList();
        issues.setId("accessibility-issues");
        for (String issue : new String[] {"pdf", "charts", "components", "documents"}) {
            issues.add(new ListItem(getTranslation("accessibility.issues." + issue)));
        }
        add(new Section(new H2(getTranslation("accessibility.issues.title")), issues));
        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setId("accessibility-contact");
        add(new Section(
                new H2(getTranslation("accessibility.contact.title")),
                withLink(getTranslation("accessibility.contact.text", contact), mail)));
        add(section("accessibility.date"));
        // The application's root: the overview when signed in, else the sign-in page.
        Anchor back = new Anchor(".", getTranslation("accessibility.back"));
        back.setId("accessibility-back");
        add(new Paragraph(back));
    }

    private Section section(String key) {
        return new Section(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
    }

    /** The text as a paragraph, with the link where the text names the link's own text. */
    private static Paragraph withLink(String text, Anchor link) {
        int at = text.indexOf(link.getText());
        Paragraph paragraph = new Paragraph();
        if (at < 0) {
            paragraph.add(text + " ");
            paragraph.add(link);
            return paragraph;
        }
        paragraph.add(text.substring(0, at));
        paragraph.add(link);
        paragraph.add(text.substring(at + link.getText().length()));
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title") + " | " + getTranslation("app.name");
    }
}
