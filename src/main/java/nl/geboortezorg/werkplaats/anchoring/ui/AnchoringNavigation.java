package nl.geboortezorg.werkplaats.anchoring.ui;

import nl.geboortezorg.werkplaats.common.ui.ViewLink;

/** The anchoring tracker as other features link to it; the view stays package-private. */
public final class AnchoringNavigation {

    private AnchoringNavigation() {}

    public static ViewLink anchoring() {
        return ViewLink.to(AnchoringView.class);
    }
}
