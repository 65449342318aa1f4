package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The public knowledge base's own heading, linking back to its list; its pages have no other frame. */
public final class KnowledgeBaseHeader {

    private KnowledgeBaseHeader() {}

    /** The heading; its title leads to the knowledge base's front page, at the path given. */
    public static Component of(Component context, String knowledgeBasePath) {
        Header header =
                new Header(new H1(new Anchor(knowledgeBasePath, context.getTranslation("knowledge-base.title"))));
        header.add(new Paragraph(context.getTranslation("app.name")));
        header.addClassName("knowledge-base-header");
        return header;
    }
}
