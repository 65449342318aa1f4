package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn on the server, handed to the browser as markup for its own parser. Parsing it on
 * the server (as the Html component does) lower-cases attribute names, and an SVG without its
 * {@code viewBox} no longer scales to the width it gets.
 */
final class SvgPicture extends Div {

    SvgPicture(String id, String svg) {
        setId(id);
        addClassName("mkba-picture");
        getElement().setProperty("innerHTML", svg);
    }

    /** The chart's markup, as sent. */
    String svg() {
        return getElement().getProperty("innerHTML");
    }
}
