package nl.geboortezorg.werkplaats.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a page says when there is nothing here for the reader: the same words whether the item does
 * not exist or the reader may not see it, so that the answer never tells which. The signed-in
 * frame shows it as its not-found page; the public knowledge base, which has no frame, in place.
 */
public final class NothingHere {

    private NothingHere() {}

    public static Div of(Component context) {
        H2 title = new H2(context.getTranslation("problem.unavailable.title"));
        title.setId("problem-title");
        Paragraph text = new Paragraph(context.getTranslation("problem.unavailable.text"));
        text.setId("problem-text");
        Div message = new Div(title, text);
        message.addClassName("nothing-here");
        return message;
    }
}
